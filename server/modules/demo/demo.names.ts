import type { Rng } from './demo.random.ts';

export const FEMALE_FIRST_NAMES = [
  'María',
  'Luz',
  'Ana',
  'Carmen',
  'Rosa',
  'Gloria',
  'Martha',
  'Sandra',
  'Claudia',
  'Diana',
  'Adriana',
  'Patricia',
  'Yolanda',
  'Blanca',
  'Nubia',
  'Marleny',
  'Esperanza',
  'Yaneth',
  'Liliana',
  'Paola',
  'Carolina',
  'Andrea',
  'Natalia',
  'Daniela',
  'Valentina',
  'Camila',
  'Laura',
  'Juliana',
  'Alejandra',
  'Tatiana',
  'Johana',
  'Leidy',
  'Yesenia',
  'Yuliana',
  'Viviana',
  'Mónica',
  'Lorena',
  'Milena',
  'Angélica',
  'Marisol',
  'Isabel',
  'Beatriz',
  'Fanny',
  'Olga',
  'Amparo',
  'Mercedes',
  'Luisa',
  'Ximena',
  'Karen',
  'Paula',
  'Sofía',
  'Mariana',
  'Yurany',
  'Dayana',
  'Katherine',
  'Érika',
  'Jenny',
  'Nelly',
  'Rocío',
  'Elizabeth',
  'Ingrid',
  'Astrid',
] as const;

export const FEMALE_COMPOUND_NAMES = [
  'María Fernanda',
  'Luz Marina',
  'Ana Milena',
  'Luz Dary',
  'María José',
  'Diana Carolina',
  'Sandra Milena',
  'Martha Lucía',
  'Claudia Patricia',
  'Ana María',
  'Leidy Johana',
  'Yuly Paola',
  'Carmen Rosa',
  'Gloria Inés',
  'María Camila',
  'Laura Daniela',
  'Paula Andrea',
  'Luz Stella',
  'Ana Lucía',
  'María Eugenia',
  'Luz Amparo',
  'Rosa Elena',
  'Sandra Patricia',
  'María Alejandra',
  'Luisa Fernanda',
  'Blanca Cecilia',
  'Luz Mery',
] as const;

export const MALE_FIRST_NAMES = [
  'José',
  'Luis',
  'Carlos',
  'Juan',
  'Jorge',
  'Jaime',
  'Álvaro',
  'Pedro',
  'Jesús',
  'Fabio',
  'Hernando',
  'Rafael',
  'Alberto',
  'Édgar',
  'William',
  'Wilson',
  'Fredy',
  'Jhon',
  'Jairo',
  'Ricardo',
  'Óscar',
  'Mauricio',
  'Fernando',
  'Diego',
  'Andrés',
  'Sergio',
  'Alexander',
  'Javier',
  'Alejandro',
  'Camilo',
  'Julián',
  'Cristian',
  'Brayan',
  'Kevin',
  'Santiago',
  'Sebastián',
  'Mateo',
  'Samuel',
  'Nicolás',
  'David',
  'Daniel',
  'Felipe',
  'Esteban',
  'Jhonatan',
  'Yeison',
  'Duván',
  'Hernán',
  'Gustavo',
  'Orlando',
  'Rubén',
  'Ramiro',
  'Germán',
  'Nelson',
  'Libardo',
  'Arley',
  'Harold',
  'Rodrigo',
  'Gilberto',
  'Humberto',
  'Ómar',
] as const;

export const MALE_COMPOUND_NAMES = [
  'Juan Carlos',
  'Luis Alberto',
  'José Luis',
  'Carlos Andrés',
  'Jhon Fredy',
  'Juan David',
  'Luis Fernando',
  'Jorge Enrique',
  'Edwin Alexander',
  'Óscar Iván',
  'Andrés Felipe',
  'Juan Sebastián',
  'Miguel Ángel',
  'José Manuel',
  'Luis Eduardo',
  'Carlos Arturo',
  'Juan Pablo',
  'Jhon Jairo',
  'Luis Carlos',
  'José Antonio',
  'Carlos Mario',
  'Víctor Hugo',
  'Juan Manuel',
  'Jorge Iván',
  'Luis Miguel',
] as const;

export const SURNAMES = [
  'Rodríguez',
  'Gómez',
  'González',
  'Martínez',
  'García',
  'López',
  'Hernández',
  'Sánchez',
  'Ramírez',
  'Pérez',
  'Díaz',
  'Muñoz',
  'Rojas',
  'Moreno',
  'Jiménez',
  'Vargas',
  'Castro',
  'Gutiérrez',
  'Álvarez',
  'Romero',
  'Ortiz',
  'Suárez',
  'Torres',
  'Ruiz',
  'Herrera',
  'Ramos',
  'Flórez',
  'Medina',
  'Castillo',
  'Aguilar',
  'Morales',
  'Guerrero',
  'Mejía',
  'Cárdenas',
  'Parra',
  'Salazar',
  'Restrepo',
  'Mendoza',
  'Acosta',
  'Cruz',
  'Rincón',
  'Vega',
  'Reyes',
  'Cortés',
  'Bermúdez',
  'Navarro',
  'Peña',
  'Ríos',
  'Rivera',
  'Molina',
  'Londoño',
  'Caicedo',
  'Estrada',
  'Castaño',
] as const;

/** Surnames more frequent in a region, keyed by DIVIPOLA municipality code. */
export const REGIONAL_SURNAMES: Readonly<Record<string, readonly string[]>> = {
  '68001': ['Rueda', 'Pabón', 'Villamizar', 'Mantilla', 'Ardila', 'Serrano', 'Jaimes', 'Galvis'],
  '54001': ['Villamizar', 'Contreras', 'Jaimes', 'Carvajal', 'Duarte', 'Pabón', 'Quintero'],
  '08001': ['De la Hoz', 'Charris', 'Barrios', 'Orozco', 'Ospino', 'Polo', 'Pacheco'],
  '13001': ['Mercado', 'Julio', 'Padilla', 'Barrios', 'Arrieta', 'Marimón', 'Polo'],
  '23001': ['Montes', 'Petro', 'Arrieta', 'Doria', 'Pacheco', 'Hoyos'],
  '73001': ['Lozano', 'Tovar', 'Quiroga', 'Perdomo', 'Bonilla', 'Cabrera'],
  '41001': ['Perdomo', 'Trujillo', 'Cabrera', 'Tovar', 'Lozano', 'Cuéllar'],
  '19001': ['Collazos', 'Ordóñez', 'Bolaños', 'Velasco', 'Anacona', 'Chicangana'],
  '66001': ['Arias', 'Ocampo', 'Giraldo', 'Cardona', 'Osorio', 'Valencia', 'Loaiza'],
  '50001': ['Rey', 'Beltrán', 'Baquero', 'Parrado', 'Bohórquez', 'Garzón'],
  '11001': ['Pinzón', 'Forero', 'Sierra', 'Cubillos', 'Rozo', 'Buitrago', 'Garzón'],
};

/** Evocative names that Colombian micro-businesses often carry. */
export const BUSINESS_WORDS = [
  'La Esperanza',
  'El Progreso',
  'La Bendición',
  'San José',
  'El Porvenir',
  'La Fe',
  'Divino Niño',
  'La Economía',
  'El Ahorro',
  'La Victoria',
  'El Triunfo',
  'Mi Barrio',
  'La Estrella',
  'El Sol',
  'Los Andes',
  'La Providencia',
  'El Buen Precio',
  'La Abundancia',
  'Dios Proveerá',
  'La Milagrosa',
  'Santa Lucía',
  'El Manantial',
  'Nueva Era',
  'La Unión',
  'El Refugio',
  'Bendición de Dios',
  'La Floresta',
  'El Paraíso',
  'La Esquina',
  'El Encuentro',
] as const;

export interface Activity {
  ciiuCode: string;
  /** Relative frequency among registered businesses. */
  weight: number;
  /** Share of owners who are women in this activity. */
  femaleShare: number;
  /** `{first}` owner's given names, `{surname}` first surname, `{word}` a business word, `{don}` Don/Doña. */
  patterns: readonly string[];
}

export const ACTIVITIES: readonly Activity[] = [
  {
    ciiuCode: '4711',
    weight: 17,
    femaleShare: 0.62,
    patterns: [
      'Tienda {first}',
      'Tienda {word}',
      'Minimercado {word}',
      'Minimercado {surname}',
      'Tienda Donde {first}',
      'Autoservicio {word}',
      'Víveres {surname}',
      'Tienda {don} {first}',
      'Granero {word}',
      'Supertienda {surname}',
    ],
  },
  {
    ciiuCode: '1081',
    weight: 6,
    femaleShare: 0.5,
    patterns: [
      'Panadería {word}',
      'Panadería y Pastelería {surname}',
      'Panificadora {word}',
      'Panadería {first}',
      'Delicias {surname}',
    ],
  },
  {
    ciiuCode: '5611',
    weight: 8,
    femaleShare: 0.66,
    patterns: [
      'Restaurante {word}',
      'Restaurante {don} {first}',
      'Asadero {word}',
      'Comedor {first}',
      'Restaurante El Sabor de {first}',
      'Corrientazo {surname}',
    ],
  },
  {
    ciiuCode: '5619',
    weight: 6,
    femaleShare: 0.56,
    patterns: [
      'Comidas Rápidas {first}',
      'Empanadas {word}',
      'Arepas {don} {first}',
      'Perros y Hamburguesas {surname}',
      'Fritos {word}',
      'Salchipapería {word}',
    ],
  },
  {
    ciiuCode: '5613',
    weight: 3,
    femaleShare: 0.66,
    patterns: ['Cafetería {word}', 'Café {first}', 'Cafetería {surname}'],
  },
  {
    ciiuCode: '9602',
    weight: 9,
    femaleShare: 0.8,
    patterns: [
      'Peluquería {first}',
      'Salón de Belleza {word}',
      'Estética {first}',
      'Barbería {word}',
      'Peluquería Unisex {first}',
      'Uñas {first}',
      'Salón de Belleza {first}',
    ],
  },
  {
    ciiuCode: '1410',
    weight: 6,
    femaleShare: 0.85,
    patterns: [
      'Confecciones {first}',
      'Confecciones {surname}',
      'Modas {first}',
      'Taller de Costura {first}',
      'Creaciones {first}',
      'Arreglos de Ropa {first}',
    ],
  },
  {
    ciiuCode: '4520',
    weight: 2.5,
    femaleShare: 0.08,
    patterns: [
      'Taller {surname}',
      'Mecánica Automotriz {word}',
      'Servicio Automotriz {surname}',
      'Latonería y Pintura {surname}',
    ],
  },
  {
    ciiuCode: '4542',
    weight: 3.5,
    femaleShare: 0.08,
    patterns: [
      'Taller de Motos {surname}',
      'Motos {first}',
      'Taller de Motos {word}',
      'Servitaller {first}',
    ],
  },
  {
    ciiuCode: '4771',
    weight: 7,
    femaleShare: 0.75,
    patterns: [
      'Boutique {first}',
      'Almacén {word}',
      'Variedades {first}',
      'Moda y Estilo {first}',
      'Ropa y Accesorios {surname}',
    ],
  },
  {
    ciiuCode: '9512',
    weight: 3.5,
    femaleShare: 0.25,
    patterns: [
      'Celulares {first}',
      'Servicio Técnico {surname}',
      'Reparación de Celulares {word}',
      'TecnoCel {surname}',
    ],
  },
  {
    ciiuCode: '9511',
    weight: 1.5,
    femaleShare: 0.2,
    patterns: ['Sistemas {surname}', 'Soporte Técnico {first}', 'Computadores {word}'],
  },
  {
    ciiuCode: '4773',
    weight: 3,
    femaleShare: 0.55,
    patterns: ['Droguería {word}', 'Droguería {surname}', 'Farmacia {word}'],
  },
  {
    ciiuCode: '1811',
    weight: 1.5,
    femaleShare: 0.4,
    patterns: [
      'Tipografía {surname}',
      'Litografía {word}',
      'Impresos {first}',
      'Publicidad {surname}',
    ],
  },
  {
    ciiuCode: '3110',
    weight: 3,
    femaleShare: 0.15,
    patterns: [
      'Muebles {surname}',
      'Carpintería {surname}',
      'Ebanistería {word}',
      'Muebles y Diseños {first}',
    ],
  },
  {
    ciiuCode: '4923',
    weight: 2,
    femaleShare: 0.1,
    patterns: [
      'Transportes {surname}',
      'Acarreos {first}',
      'Trasteos {word}',
      'Mudanzas {surname}',
    ],
  },
  {
    ciiuCode: '8559',
    weight: 1.5,
    femaleShare: 0.6,
    patterns: [
      'Academia {word}',
      'Refuerzo Escolar {first}',
      'Academia de Baile {first}',
      'Escuela de Música {surname}',
      'Clases de Inglés {first}',
    ],
  },
  {
    ciiuCode: '4719',
    weight: 6,
    femaleShare: 0.65,
    patterns: [
      'Miscelánea {word}',
      'Miscelánea {first}',
      'Papelería y Miscelánea {surname}',
      'Variedades {word}',
      'Cacharrería {word}',
    ],
  },
  {
    ciiuCode: '9601',
    weight: 1.5,
    femaleShare: 0.7,
    patterns: ['Lavandería {word}', 'Lavaseco {surname}', 'Lavandería {first}'],
  },
  {
    ciiuCode: '4752',
    weight: 3,
    femaleShare: 0.25,
    patterns: [
      'Ferretería {word}',
      'Ferretería {surname}',
      'Ferreléctricos {surname}',
      'Depósito de Materiales {word}',
    ],
  },
];

export function businessName(
  rng: Rng,
  activity: Activity,
  owner: { firstNames: string; lastNames: string; sex: 'F' | 'M' | 'X' },
): string {
  const first = owner.firstNames;
  const surname = owner.lastNames.startsWith('De la ')
    ? owner.lastNames.split(' ').slice(0, 3).join(' ')
    : (owner.lastNames.split(' ')[0] ?? owner.lastNames);
  const don = owner.sex === 'F' ? 'Doña' : owner.sex === 'M' ? 'Don' : 'Donde';
  return rng
    .pick(activity.patterns)
    .replace('{first}', first)
    .replace('{surname}', surname)
    .replace('{word}', rng.pick(BUSINESS_WORDS))
    .replace('{don}', don);
}

/** Bogotá localities whose streets carry the "Sur" suffix. */
const SOUTHERN_LOCALITIES = new Set(['04', '05', '06', '07', '08', '18', '19']);
const SUMAPAZ_PLACES = [
  'corregimiento de Nazareth',
  'corregimiento de Betania',
  'corregimiento de San Juan',
];

/** A Colombian urban address such as "Calle 45 # 23-18" or "Carrera 7A Sur # 48-12 Local 2". */
export function streetAddress(rng: Rng, localityNumber?: string): string {
  if (localityNumber === '20') {
    return `Finca ${rng.pick(BUSINESS_WORDS)}, ${rng.pick(SUMAPAZ_PLACES)}`;
  }
  const type = rng.weightedPick([
    ['Calle', 42],
    ['Carrera', 36],
    ['Diagonal', 7],
    ['Transversal', 7],
    ['Avenida', 4],
    ['Avenida Calle', 2],
    ['Avenida Carrera', 2],
  ] as const);
  const suffix = () =>
    rng.weightedPick([
      ['', 78],
      ['A', 10],
      ['B', 5],
      ['C', 2],
      [' Bis', 5],
    ] as const);
  const south =
    localityNumber && SOUTHERN_LOCALITIES.has(localityNumber) && rng.chance(0.7) ? ' Sur' : '';
  const main = `${type} ${rng.int(1, type === 'Calle' ? 120 : 90)}${suffix()}${south}`;
  const cross = `${rng.int(1, 110)}${suffix()}`;
  const tail = rng.weightedPick([
    ['', 82],
    [` Local ${rng.int(1, 12)}`, 12],
    [` Piso ${rng.int(2, 3)}`, 6],
  ] as const);
  return `${main} # ${cross}-${String(rng.int(2, 99)).padStart(2, '0')}${tail}`;
}

/** Lower-case ASCII, for synthetic e-mail addresses. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}
