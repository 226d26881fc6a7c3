import { formatS10 } from '../src/packets/s10';
import { PacketSnapshot } from '../src/rendering/packet-snapshot';

const SUMMARY =
  'Зат есім – заттың атын білдіретін сөз табы. Ол кім? не? деген сұрақтарға жауап береді. Зат есімдер септеледі, көптеледі, тәуелденеді. ' +
  'Қазақ тілінде алты септік бар: атау, ілік, барыс, табыс, жатыс, шығыс, көмектес. Әр септіктің өз жалғауы болады: үйдің, үйге, үйді, үйде, үйден, үймен. ';

/** A Kazakh packet of three one-page cases, as the benchmarks render it. */
export function samplePacket(serial: number): PacketSnapshot {
  return {
    code: formatS10('RR', serial),
    language: 'kk',
    returnDueOn: '2026-12-15',
    school: {
      name: 'Көктал ауылының жалпы орта мектебі',
      address: 'Мектеп көшесі, 5',
      locality: 'Көктал',
      region: 'Алматы облысы',
      office: { name: 'Көктал бөлімшесі', postcode: '041234', address: 'Абай көшесі, 1' },
    },
    student: {
      fullName: `Әлиев Нұрсұлтан Ерланұлы ${serial}`,
      address: 'Бірлік ауылы, Абай көшесі, 12',
      postcode: 'A15E3C5',
      delivery: serial % 3 === 0 ? 'door' : 'pickup',
      guardianName: 'Әлиева Гүлнар Серікқызы',
      guardianPhone: '+77012345678',
      office: { name: 'Бірлік бөлімшесі', postcode: 'A15E3C5', address: 'Орталық көше, 3' },
    },
    schoolClass: { grade: 5, letter: 'Ә' },
    cases: ['Қазақ тілі', 'Математика', 'Жаратылыстану'].map((subjectName, i) => ({
      id: `case-${i}`,
      subjectCode: 'kazakh_language',
      subjectName,
      topic: `Зат есімнің септелуі, ${i + 1}-сабақ`,
      textbook: { title: `${subjectName}. 5-сынып`, pages: '45-47' },
      summary: SUMMARY.repeat(3),
      questions: [
        'Зат есім дегеніміз не?',
        'Қазақ тілінде неше септік бар?',
        'Үш мысал келтіріңіз.',
        'Сөйлем құраңыз.',
      ],
      materials: ['Оқулықтың 45-47 беттері'],
      feedback: 'Жауаптарды жазып, мерзімінде поштаға тапсырыңыз.',
      estimatedMinutes: 30,
    })),
    teacherFeedback: [],
  };
}
