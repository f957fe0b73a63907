/**
 * cues37: figure claims bound to no series or to the wrong one, written blind in both languages: a recipient said with a
 * total's cue ("México recibió … deportados por el ICE" is the removals to Mexico, not ICE's total), a clause whose subject is
 * the sum of two measures ("remittances and tourism", "las aprehensiones y los escapes": no record's), loose wording that names
 * either of two measures ("illegal crossings": encounters or apprehensions, no cue of one), an amount whose unit is left unsaid
 * after one in dollars ("… en 2024 y 61,791 millones en 2025"), "diario" as a day's rate, digits glued to a unit ("m3"), and new
 * words for remittances ("transferencias de dinero", "envíos de dólares", "sent … to their families"), trade ("binational"),
 * overdose deaths ("drug deaths") and the Colorado River allotment. Each with what must not change: another measure, a part of
 * a year, a negation, a number of another country. All sentences are written for the test, on the bundled facts.
 */
import { expect, it } from 'vitest';
import { readQuantities } from '../../engine/numbers';
import { describeGroups, type Group } from './helpers/grouped-ratings';

const GROUPS: readonly Group[] = [
  [
    'the country that received ICE deportees names the removals to it',
    [
      ['es', 'En el año fiscal 2024, México recibió 87 mil 298 personas deportadas por el ICE.', 'accurate'],
      ['es', 'A México llegaron 87,298 deportados por ICE durante el año fiscal 2024.', 'accurate'],
      ['es', 'México recibió 150 mil deportados por el ICE en el año fiscal 2024.', 'false'],
      ['en', 'In fiscal 2024 Mexico received 87,298 people removed by ICE.', 'accurate'],
      ['en', 'ICE removed 271,484 people in fiscal 2024.', 'accurate'],
      // Mexico's own count of returns is another measure, kept by its own cue.
      ['es', 'México recibió 206 mil deportados en 2024.', 'accurate'],
    ],
  ],
  [
    'a subject of two measures is their sum',
    [
      ['en', 'Remittances and tourism earned Mexico about $96 billion in 2024.', 'none'],
      ['en', 'Apprehensions and gotaways along the southern border passed 2.6 million in fiscal 2023.', 'none'],
      ['es', 'Las remesas y el turismo le dejaron a México unos 96 mil millones de dólares en 2024.', 'none'],
      ['es', 'Las aprehensiones y los escapes en la frontera sur rebasaron 2.6 millones en el año fiscal 2023.', 'none'],
      // A name with "and" in it is no sum, nor a list of places.
      ['en', 'Customs and Border Protection counted about 2.9 million encounters nationwide in fiscal 2024.', 'accurate'],
      ['en', 'Mexico and the United States traded $872.8 billion in goods in 2025.', 'accurate'],
      ['en', 'Remittances climbed to $64.7 billion in 2024.', 'accurate'],
    ],
  ],
  [
    '"illegal crossings" names encounters or apprehensions: no cue of one',
    [
      ['en', 'Illegal crossings at the southwest border reached roughly 2.5 million in fiscal 2023.', 'none'],
      ['es', 'Los cruces ilegales por la frontera sur llegaron a 2.5 millones en el año fiscal 2023.', 'none'],
      ['es', 'Las detenciones de migrantes en la frontera sur sumaron 2.5 millones en el año fiscal 2023.', 'none'],
      ['en', 'Border Patrol apprehensions dropped to 237,565 in fiscal 2025.', 'accurate'],
      ['en', 'Southwest border encounters came to 2.14 million in fiscal 2024.', 'accurate'],
    ],
  ],
  [
    'an amount whose unit is left unsaid after one in dollars',
    [
      ['es', 'Las remesas a México fueron de 64,745 millones de dólares en 2024 y 61,791 millones en 2025.', 'accurate'],
      ['en', 'Mexico took in 61.8 billion dollars in remittances in 2025, down from 64.7 billion in 2024.', 'accurate'],
      ['es', 'El intercambio bilateral pasó de 839.9 mil millones de dólares en 2024 a 872.8 mil millones en 2025.', 'accurate'],
      // A noun of its own after it: another count, never dollars.
      ['es', 'Las remesas sumaron 61.8 mil millones de dólares en 2025 y 155.7 millones de operaciones.', 'none'],
    ],
  ],
  [
    'a day\'s rate said "diario"; digits glued to a unit',
    [
      ['es', 'El comercio diario entre México y Estados Unidos ronda los 2 mil 390 millones de dólares.', 'accurate'],
      ['es', 'El intercambio diario entre ambos países fue de 872 mil millones de dólares en 2025.', 'none'],
      ['es', 'Según el diario Milenio, el comercio entre México y EU llegó a 872.8 mil millones de dólares en 2025.', 'accurate'],
      ['es', 'Estados Unidos entrega cada año a México 1,850 millones de m3 de agua del río Colorado.', 'accurate'],
    ],
  ],
  [
    'new words for remittances, trade, overdoses and the Colorado allotment',
    [
      ['es', 'Las transferencias de dinero de los paisanos a México llegaron a 61 mil 791 millones de dólares en 2025.', 'accurate'],
      ['es', 'Los envíos de dólares desde la Unión Americana sumaron 64 mil 746 millones en 2024.', 'accurate'],
      ['es', 'El dinero que envían los mexicanos a sus familias alcanzó 90 mil millones de dólares en 2025.', 'false'],
      ['es', 'México recibió 64 mil 746 millones de dólares en 2024 de los mexicanos que viven en el exterior.', 'accurate'],
      ['es', 'Las remesas no llegaron a 70 mil millones de dólares en 2025.', 'none'],
      ['es', 'Al tercer trimestre de 2025 las remesas sumaron 45 mil 680 millones de dólares.', 'accurate'],
      ['es', 'De enero a noviembre de 2025 las remesas sumaron 56 mil millones de dólares.', 'none'],
      ['en', 'Mexicans in the U.S. sent $61.8 billion to their families back home in 2025.', 'accurate'],
      ['es', 'El comercio binacional llegó a 872 mil 800 millones de dólares en 2025.', 'accurate'],
      ['en', 'Binational trade between the neighbors came to $839.9 billion in 2024.', 'accurate'],
      ['en', 'U.S. drug deaths fell to about 80,000 in 2024.', 'accurate'],
      ['es', 'Las muertes por drogas en Estados Unidos bajaron a unas 80 mil en 2024.', 'accurate'],
      ['es', 'En México, las muertes por drogas sumaron 2 mil en 2024.', 'none'],
      ['es', 'La brecha comercial de EU con México fue de 196 mil 900 millones de dólares en 2025.', 'accurate'],
      ['es', 'Hay unos 5.1 millones de inmigrantes mexicanos sin papeles en Estados Unidos.', 'accurate'],
      ['en', 'Under the 1944 treaty the U.S. gives Mexico 1.5 million acre-feet of Colorado River water a year.', 'accurate'],
      ['es', 'México recibe del río Colorado 1.5 millones de acres-pie cada año.', 'accurate'],
      // Other Colorado River volumes are other measures.
      ['en', 'A pulse flow in 2014 sent 105,000 acre-feet of Colorado River water to the delta.', 'none'],
      ['es', 'México almacenó 200 mil acres-pie de agua del Colorado en el lago Mead.', 'none'],
    ],
  ],
];

describeGroups('cues37: figure claims bound to no series or to the wrong one', GROUPS);

it('cues37: reads no number in the digits of a unit', () => {
  expect(readQuantities('Se entregaron 1,850 millones de m3 del río Colorado.', 'es').map((q) => q.value)).toEqual([1500000]);
});
