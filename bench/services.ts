/**
 * Services workload: the characterization matrix of 10,000 services (2,000 entities, local to
 * Colombian cities or national, months written as text) imported from .xlsx, in-process on
 * in-memory PGlite; then the same file again (all updates).
 */
import ExcelJS from 'exceljs';
import { MATRIX_COLUMNS } from '../server/modules/services/matrix.ts';
import { importMatrix } from '../server/modules/services/matrix.service.ts';
import { benchProgram } from './setup.ts';

const CITIES = [
  'Bucaramanga',
  'Floridablanca',
  'Cúcuta',
  'Medellín',
  'Cali',
  'Barranquilla',
  'Cartagena de Indias',
  'Pereira',
];
const MONTHS = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
const LEVERS = [
  'Finanzas',
  'Mercadeo',
  'Formalización',
  'Innovación',
  'Producción',
  'Organización',
];

/** A matrix of `n` services with a merged title row above the headers, as programs keep them. */
export async function matrixXlsx(n: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Matriz');
  sheet.addRow(['MATRIZ DE CARACTERIZACIÓN DEL ECOSISTEMA DE SERVICIOS 2026']);
  sheet.mergeCells(1, 1, 1, MATRIX_COLUMNS.length);
  sheet.addRow(MATRIX_COLUMNS.map((c) => c.header.es));
  for (let i = 0; i < n; i++) {
    const national = i % 5 === 0;
    sheet.addRow([
      `Entidad ${i % 2000}`,
      ['Pública', 'Privada', 'Mixta'][i % 3],
      'Desarrollo empresarial',
      `Servicio ${i}`,
      'Acompañamiento y formación para micronegocios',
      national ? 'Nacional' : 'Local',
      national ? '' : `${CITIES[i % CITIES.length]}, ${CITIES[(i + 3) % CITIES.length]}`,
      i % 4 === 0 ? '' : 'Cédula y RUT',
      i % 3 === 0 ? 'Centro de atención' : '',
      i % 2 === 0 ? `https://www.entidad${i % 2000}.gov.co/servicio-${i}` : '',
      i % 7 === 0 ? 'Permanente' : i % 11 === 0 ? '' : `${MONTHS[i % 12]} ${2025 + (i % 3)}`,
      `${LEVERS[i % LEVERS.length]}, ${LEVERS[(i + 2) % LEVERS.length]}`,
      i % 4 === 0 ? 'Con costo' : 'Gratuito',
    ]);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function servicesImportWorkload(n: number) {
  const bytes = await matrixXlsx(n);
  const { database, db, actor, access } = await benchProgram({
    cities: [{ municipalityCode: '68001', goal: null }],
  });
  const run = async () => {
    const t = performance.now();
    const result = await importMatrix({ db, actor, access, bytes, filename: 'matriz.xlsx' });
    return { seconds: (performance.now() - t) / 1000, result };
  };
  const first = await run();
  const again = await run();
  await database.close();
  if (first.result.created !== n || again.result.updated !== n)
    throw new Error(`import did ${JSON.stringify([first.result, again.result])}`);
  return { seconds: first.seconds, againSeconds: again.seconds, bytes: bytes.length };
}
