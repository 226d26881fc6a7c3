import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { App } from 'supertest/types';
import { nextStudyDay } from '@/cases/study-limits';
import { addDays, localDate } from '@/common/dates';
import { DataSource } from 'typeorm';
import { TEST_ADMIN } from './app';

let counter = 0;
/** Unique values so tests never depend on each other's data. */
export const unique = (prefix: string): string =>
  `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}${randomUUID().slice(0, 4)}`;

export const PASSWORD = 'a-good-password-1';

const LETTERS = 'ABCDEFGHJKLMNPRSTX';
const pick = (chars: string): string => chars[Math.floor(Math.random() * chars.length)];
const digit = (): string => String(Math.floor(Math.random() * 10));

/** A post office's postcode no other test uses (a postcode is one office's only): old 6-digit style. */
export const officePostcode = (): string => String(100000 + Math.floor(Math.random() * 899999));

/** The same in the newer building-code style, such as A15E3C5. */
export const buildingPostcode = (): string =>
  `${pick(LETTERS)}${digit()}${digit()}${pick(LETTERS)}${digit()}${pick(LETTERS)}${digit()}`;

export type Server = App;

export function server(app: INestApplication): Server {
  return app.getHttpServer() as Server;
}

export async function login(
  app: INestApplication,
  loginName: string,
  password = PASSWORD,
): Promise<string> {
  const response = await request(server(app))
    .post('/auth/login')
    .send({ login: loginName, password })
    .expect(200);
  return (response.body as { accessToken: string }).accessToken;
}

/**
 * Signs in a member whose password an admin set: they choose their own first (here the same
 * one again), as the web app makes them, and sign in afresh.
 */
export async function firstLogin(app: INestApplication, loginName: string): Promise<string> {
  await request(server(app))
    .post('/auth/password')
    .set('Authorization', `Bearer ${await login(app, loginName)}`)
    .send({ currentPassword: PASSWORD, newPassword: PASSWORD })
    .expect(204);
  return login(app, loginName);
}

export const adminToken = (app: INestApplication): Promise<string> =>
  login(app, TEST_ADMIN.login, TEST_ADMIN.password);

export async function post<T = Record<string, unknown>>(
  app: INestApplication,
  token: string,
  url: string,
  body: object,
  status = 201,
): Promise<T> {
  const response = await request(server(app))
    .post(url)
    .set('Authorization', `Bearer ${token}`)
    .send(body);
  if (response.status !== status)
    throw new Error(
      `POST ${url}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`,
    );
  return response.body as T;
}

export async function get<T = Record<string, unknown>>(
  app: INestApplication,
  token: string,
  url: string,
  status = 200,
): Promise<T> {
  const response = await request(server(app)).get(url).set('Authorization', `Bearer ${token}`);
  if (response.status !== status)
    throw new Error(
      `GET ${url}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`,
    );
  return response.body as T;
}

export interface Person {
  id: string;
  login: string;
  token: string;
}

export interface SchoolWorld {
  admin: string;
  officeId: string;
  officePostcode: string;
  pupilOfficeId: string;
  pupilOfficePostcode: string;
  schoolId: string;
  director: Person;
  teacher: Person;
  deputy: Person;
  clerk: Person;
  pupilClerk: Person;
  classId: string;
  studentIds: string[];
}

/** A post office, a school with staff, a class of pupils, and clerks at the school's and pupils' offices. */
export async function createSchoolWorld(
  app: INestApplication,
  options: { grade?: number; language?: 'kk' | 'ru' | 'ky'; pupils?: number; letter?: string } = {},
): Promise<SchoolWorld> {
  const admin = await adminToken(app);
  const schoolPostcode = officePostcode();
  const pupilOfficePostcode = buildingPostcode();
  const office = await post<{ id: string }>(app, admin, '/post-offices', {
    postcode: schoolPostcode,
    name: unique('Office '),
    address: 'Абай көшесі, 1',
    locality: 'Көктал',
  });
  const pupilOffice = await post<{ id: string }>(app, admin, '/post-offices', {
    postcode: pupilOfficePostcode,
    name: unique('Village office '),
    address: 'Бірлік ауылы, Орталық көше, 3',
    locality: 'Бірлік',
  });
  const school = await post<{ id: string }>(app, admin, '/schools', {
    name: unique('Көктал мектебі '),
    region: 'Алматы облысы',
    locality: 'Көктал',
    address: 'Мектеп көшесі, 5',
    postOfficeId: office.id,
  });
  const person = async (role: string, place: object): Promise<Person> => {
    const loginName = unique(`${role}.`).replace(/_/g, '-');
    const created = await post<{ id: string }>(app, admin, '/staff', {
      fullName: `${role} Тестов`,
      role,
      login: loginName,
      password: PASSWORD,
      ...place,
    });
    return { id: created.id, login: loginName, token: await firstLogin(app, loginName) };
  };
  const director = await person('director', { schoolId: school.id });
  const teacher = await person('teacher', { schoolId: school.id });
  const deputy = await person('deputy_upbringing', { schoolId: school.id });
  const clerk = await person('post_clerk', { postOfficeId: office.id });
  const pupilClerk = await person('post_clerk', { postOfficeId: pupilOffice.id });
  const schoolClass = await post<{ id: string }>(app, director.token, '/classes', {
    schoolId: school.id,
    grade: options.grade ?? 5,
    letter: options.letter ?? 'Ә',
    language: options.language ?? 'kk',
    classTeacherId: teacher.id,
  });
  const studentIds: string[] = [];
  for (let i = 0; i < (options.pupils ?? 3); i++) {
    const student = await post<{ id: string }>(app, teacher.token, '/students', {
      classId: schoolClass.id,
      fullName: `Оқушы ${String.fromCharCode(1040 + i)} Қайратұлы`,
      address: `Бірлік ауылы, Абай көшесі, ${i + 1}`,
      postcode: 'A15E3C5',
      postOfficeId: pupilOffice.id,
      delivery: i === 0 ? 'door' : 'pickup',
      guardianName: 'Ата-ана Тестова',
      guardianPhone: '8 701 234 56 7' + String(i % 10),
    });
    studentIds.push(student.id);
  }
  return {
    admin,
    officeId: office.id,
    officePostcode: schoolPostcode,
    pupilOfficeId: pupilOffice.id,
    pupilOfficePostcode,
    schoolId: school.id,
    director,
    teacher,
    deputy,
    clerk,
    pupilClerk,
    classId: schoolClass.id,
    studentIds,
  };
}

export const KAZAKH_LETTERS = 'Ә Ғ Қ Ң Ө Ұ Ү Һ І ә ғ қ ң ө ұ ү һ і';

export function caseBody(
  world: SchoolWorld,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    schoolId: world.schoolId,
    grade: 5,
    subjectCode: 'kazakh_language',
    language: 'kk',
    topic: unique('Зат есімнің септелуі '),
    textbook: { title: 'Қазақ тілі. 5-сынып', pages: '45-47' },
    summary: `Зат есім септік жалғауларымен түрленеді. Әріптер: ${KAZAKH_LETTERS}.`,
    questions: [
      'Зат есім дегеніміз не?',
      'Қазақ тілінде неше септік бар?',
      'Үш мысал келтіріңіз: үй, өзен, ұя.',
    ],
    materials: ['Оқулықтың 45-47 беттері', 'Сөздік: Ғылым, Һәм, Іс'],
    feedback:
      'Жауаптарды жазып, мерзімінде поштаға тапсырыңыз. Мұғалім пікірін келесі кейспен жібереді.',
    estimatedMinutes: 30,
    ...overrides,
  };
}

/** A date some days from today in the schools' time zone (as the service counts days). */
export function daysFromNow(days: number): string {
  return addDays(localDate(), days);
}

/** The timetable's default first packet date: the next study day after today. */
export const nextStudyDayFromToday = (): string => nextStudyDay(localDate());

/** A case and a dispatch for the whole class; returns the packets' codes in class-list order. */
export async function dispatchCodes(
  app: INestApplication,
  world: SchoolWorld,
  returnInDays = 14,
  caseOverrides: Record<string, unknown> = {},
): Promise<string[]> {
  const created = await post<{ id: string }>(
    app,
    world.teacher.token,
    '/cases',
    caseBody(world, caseOverrides),
  );
  const dispatch = await post<{ packets: { code: string }[] }>(
    app,
    world.teacher.token,
    '/dispatches',
    {
      classId: world.classId,
      caseIds: [created.id],
      returnDueOn: daysFromNow(returnInDays),
    },
  );
  return dispatch.packets.map((p) => p.code);
}

export async function scan(
  app: INestApplication,
  token: string,
  body: Record<string, unknown>,
): Promise<request.Response> {
  return request(server(app)).post('/scans').set('Authorization', `Bearer ${token}`).send(body);
}

/** Moves records' creation back in time, so a test can record what happened on earlier days. */
export async function backdate(
  app: INestApplication,
  table: 'packets' | 'collection_duties',
  column: 'code' | 'id',
  keys: string[],
  days: number,
): Promise<void> {
  await app
    .get(DataSource)
    .query(
      `UPDATE ${table} SET created_at = created_at - make_interval(days => $2) WHERE ${column} = ANY($1)`,
      [keys, days],
    );
}

/** The deputy appoints the class teacher to collect at the pupils' office from `startsOn`. */
export async function appointCollector(
  app: INestApplication,
  world: SchoolWorld,
  startsOn = localDate(),
): Promise<string> {
  const duty = await post<{ id: string }>(app, world.deputy.token, '/collection-duties', {
    schoolId: world.schoolId,
    teacherId: world.teacher.id,
    postOfficeIds: [world.pupilOfficeId],
    startsOn,
  });
  return duty.id;
}

/** The deputy appoints a teacher (the class teacher unless named) to carry by-hand packets to the pupils' office. */
export async function appointCarrier(
  app: INestApplication,
  world: SchoolWorld,
  teacherId = world.teacher.id,
  startsOn = localDate(),
): Promise<string> {
  const duty = await post<{ id: string }>(app, world.deputy.token, '/collection-duties', {
    schoolId: world.schoolId,
    kind: 'carry',
    teacherId,
    postOfficeIds: [world.pupilOfficeId],
    startsOn,
  });
  return duty.id;
}

/** Another member of the world's school's staff, signed in. */
export async function staffMember(
  app: INestApplication,
  world: SchoolWorld,
  role: 'teacher' | 'deputy_academic' | 'director',
  fullName = `${role} Тестов`,
): Promise<Person> {
  const loginName = unique(`${role}.`).replace(/_/g, '-');
  const created = await post<{ id: string }>(app, world.admin, '/staff', {
    fullName,
    role,
    login: loginName,
    password: PASSWORD,
    schoolId: world.schoolId,
  });
  return { id: created.id, login: loginName, token: await firstLogin(app, loginName) };
}
