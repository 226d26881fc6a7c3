import bwipjs from 'bwip-js';
import { PacketSnapshot } from '../src/rendering/packet-snapshot';

const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The same packet as HTML, for the Chromium comparison in bench:pdf only. */
export function packetHtml(snapshot: PacketSnapshot): string {
  const barcode = bwipjs.toSVG({
    bcid: 'code128',
    text: snapshot.code,
    scale: 2,
    height: 15,
    includetext: true,
  });
  const cases = snapshot.cases
    .map(
      (
        c,
      ) => `<section class="page"><h2>${escape(c.subjectName)}</h2><p><b>${escape(c.topic)}</b></p>
      <p>${escape(c.textbook.title)}, ${escape(c.textbook.pages)} бет</p><h3>Қысқаша конспект</h3><p>${escape(c.summary)}</p>
      <h3>Сұрақтар</h3><ol>${c.questions.map((q) => `<li>${escape(q)}<div class="lines"></div></li>`).join('')}</ol>
      <h3>Кері байланыс</h3><p>${escape(c.feedback)}</p></section>`,
    )
    .join('');
  return `<!doctype html><html lang="kk"><head><meta charset="utf-8"><style>
    @page { size: A4; margin: 20mm; } body { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; }
    .page { page-break-after: always; } .label { border: 2px solid #000; padding: 8px; margin-left: 60mm; }
    .lines { height: 60px; background: repeating-linear-gradient(transparent 0 19px, #555 19px 20px); }
  </style></head><body>
  <section class="page"><h1>Оқу кейсі · ${snapshot.schoolClass.grade} ${escape(snapshot.schoolClass.letter)}</h1>
  <div>${escape(snapshot.school.name)}<br>${escape(snapshot.school.address)}</div><div style="float:right">${barcode}</div>
  <div class="label"><b>${escape(snapshot.student.fullName)}</b><br>${escape(snapshot.student.address)}<br><b>${escape(snapshot.student.postcode)}</b></div></section>
  ${cases}
  <section><h2>Қайтару парағы</h2>${barcode}<p>${escape(snapshot.student.fullName)}</p></section></body></html>`;
}
