/**
 * The reference program's integral assessment (valoración integral) and its plan templates: the
 * questionnaire a facilitator reads aloud with the owner in under 20 minutes, and the activities
 * the attention plan draws from for each lever and level. Data only; programs edit copies.
 *
 * Only the owner's training and phone use and the business section score. Better practice earns
 * more points; conditional questions ask only what applies (workers, online sales, fiado), so a
 * business is not marked down twice for the same gap. `source` names the EMICRON 2024 (DANE)
 * variable whose wording informed a question.
 */
import type { z } from 'zod';
import type { Level, TPlanTemplate, ZQuestionnaireDefinition } from '../../schemas/assessment.ts';

type TQuestionnaireInput = z.input<typeof ZQuestionnaireDefinition>;

const t = (es: string, en: string) => ({ es, en });

/** Display names of the default levers come from the translations. */
const noName = { es: '', en: '' };

export const DEFAULT_QUESTIONNAIRE_INPUT: TQuestionnaireInput = {
  levers: [
    { id: 'biosafety', name: noName },
    { id: 'finance', name: noName },
    { id: 'business_model', name: noName },
    { id: 'production', name: noName },
    { id: 'marketing', name: noName },
    { id: 'commercialization', name: noName },
    { id: 'formalization', name: noName },
    { id: 'organization', name: noName },
    { id: 'innovation', name: noName },
  ],
  sections: [
    {
      id: 'personal',
      kind: 'personal',
      title: t('Usted como dueño o dueña del negocio', 'You as the owner'),
      questions: [
        {
          id: 'education_level',
          type: 'single',
          label: t('¿Hasta qué nivel estudió?', 'What is the highest level of school you reached?'),
          help: t(
            'Marque el nivel más alto al que llegó, aunque no lo haya terminado.',
            'Mark the highest level reached, even if not finished.',
          ),
          options: [
            { id: 'none', label: t('No estudió', 'No schooling') },
            { id: 'primary', label: t('Primaria', 'Primary school') },
            { id: 'secondary', label: t('Bachillerato', 'Secondary school') },
            {
              id: 'technical',
              label: t(
                'Técnico o tecnólogo (por ejemplo, en el SENA)',
                'Technical or technologist program (for example, at SENA)',
              ),
            },
            { id: 'university', label: t('Universidad', 'University') },
            {
              id: 'postgraduate',
              label: t('Especialización o maestría', 'Postgraduate studies'),
            },
          ],
        },
        {
          id: 'trade_experience_years',
          type: 'number',
          label: t(
            '¿Cuántos años de experiencia tiene en este oficio, contando el tiempo antes de tener el negocio?',
            'How many years of experience do you have in this trade, counting the time before you had the business?',
          ),
          help: t(
            'Por ejemplo, si trabajó 5 años en una peluquería y hace 3 tiene la suya, son 8 años. Si es menos de un año, ponga 0.',
            'For example, 5 years working at a hair salon plus 3 with your own makes 8. If less than a year, enter 0.',
          ),
          min: 0,
          max: 80,
        },
        {
          id: 'training_last_2y',
          type: 'multiple',
          label: t(
            'En los últimos dos años, ¿ha hecho algún curso o capacitación sobre alguno de estos temas?',
            'In the last two years, have you taken a course or training on any of these topics?',
          ),
          help: t(
            'Cuentan los cursos del SENA, la cámara de comercio, la alcaldía, fundaciones, bancos o por internet. Marque todos los que haya hecho.',
            'Courses from SENA, the chamber of commerce, the city, foundations, banks or online all count. Mark all that apply.',
          ),
          options: [
            {
              id: 'trade',
              label: t(
                'El oficio del negocio (cocina, belleza, costura, mecánica u otro)',
                'The trade itself (cooking, beauty, sewing, mechanics or other)',
              ),
              points: { production: 1 },
            },
            {
              id: 'finance',
              label: t(
                'Cuentas, costos, ahorro o crédito',
                'Bookkeeping, costs, savings or credit',
              ),
              points: { finance: 1 },
            },
            {
              id: 'sales',
              label: t(
                'Ventas, atención al cliente o publicidad',
                'Sales, customer service or advertising',
              ),
              points: { marketing: 1, commercialization: 1 },
            },
            {
              id: 'business',
              label: t(
                'Emprendimiento, plan de negocio u organización del negocio',
                'Entrepreneurship, business plan or running a business',
              ),
              points: { business_model: 1, organization: 1 },
            },
            {
              id: 'biosafety',
              label: t(
                'Bioseguridad, manipulación de alimentos o primeros auxilios',
                'Biosafety, food handling or first aid',
              ),
              points: { biosafety: 1 },
            },
            {
              id: 'legal',
              label: t(
                'Impuestos, RUT, facturación o trámites del negocio',
                'Taxes, RUT, invoicing or business paperwork',
              ),
              points: { formalization: 1 },
            },
            {
              id: 'digital',
              label: t(
                'Uso del celular, internet, redes sociales o computador',
                'Using a smartphone, the internet, social networks or a computer',
              ),
              points: { innovation: 1 },
            },
            { id: 'none', label: t('Ninguno', 'None'), exclusive: true },
          ],
        },
        {
          id: 'smartphone_use',
          type: 'single',
          label: t(
            '¿Para qué usa usted el celular en el negocio?',
            'What do you use your phone for in the business?',
          ),
          source: 'P976',
          options: [
            {
              id: 'no_smartphone',
              label: t(
                'No tiene celular inteligente o no lo usa para el negocio',
                'Has no smartphone or does not use it for the business',
              ),
            },
            {
              id: 'calls',
              label: t(
                'Solo para llamadas y mensajes de WhatsApp',
                'Only calls and WhatsApp messages',
              ),
            },
            {
              id: 'basic',
              label: t(
                'También para tomar fotos de productos, usar redes sociales o recibir pagos por Nequi o Daviplata',
                'Also to take product photos, use social networks or receive payments through Nequi or Daviplata',
              ),
              points: { innovation: 1 },
            },
            {
              id: 'advanced',
              label: t(
                'También para la banca en línea, catálogos o aplicaciones para llevar cuentas o vender',
                'Also for online banking, catalogs or apps to keep accounts or sell',
              ),
              points: { innovation: 2 },
            },
          ],
        },
      ],
    },
    {
      id: 'family',
      kind: 'family',
      title: t('Su hogar', 'Your household'),
      questions: [
        {
          id: 'household_size',
          type: 'number',
          label: t(
            '¿Cuántas personas viven en su hogar, contándose usted?',
            'How many people live in your household, including you?',
          ),
          help: t(
            'Hogar: las personas que viven con usted y comparten los gastos de la comida.',
            'Household: the people who live with you and share food expenses.',
          ),
          min: 1,
          max: 30,
        },
        {
          id: 'dependants',
          type: 'number',
          label: t(
            'De esas personas, ¿cuántas dependen económicamente de usted?',
            'Of those people, how many depend on you financially?',
          ),
          help: t(
            'Por ejemplo, hijos menores, adultos mayores o personas que no tienen ingresos propios.',
            'For example, children, older adults or people with no income of their own.',
          ),
          required: false,
          showIf: { question: 'household_size', op: 'gte', value: 2 },
          min: 0,
          max: 30,
        },
        {
          id: 'main_household_income',
          type: 'yes_no',
          label: t(
            '¿El negocio es el ingreso principal de su hogar?',
            "Is the business your household's main source of income?",
          ),
          help: t(
            'Responda no si en la casa se vive más de un sueldo, una pensión u otro ingreso.',
            'Answer no if the household lives mostly on a salary, a pension or other income.',
          ),
        },
        {
          id: 'business_helpers',
          type: 'multiple',
          label: t('¿Quiénes le ayudan en el negocio?', 'Who helps you in the business?'),
          help: t(
            'Marque todos los que apliquen. Si a un familiar le paga, marque también "personas a las que les paga".',
            'Mark all that apply. If you pay a relative, also mark "people you pay".',
          ),
          source: 'P3031',
          options: [
            {
              id: 'nobody',
              label: t('Nadie, trabaja solo o sola', 'Nobody, works alone'),
              exclusive: true,
            },
            { id: 'partner', label: t('Su pareja', 'Partner or spouse') },
            { id: 'children', label: t('Sus hijos o hijas', 'Children') },
            { id: 'other_family', label: t('Otros familiares', 'Other relatives') },
            {
              id: 'paid_workers',
              label: t(
                'Personas a las que les paga (familiares o no)',
                'People you pay (relatives or not)',
              ),
            },
            { id: 'partners', label: t('Socios o socias', 'Business partners') },
          ],
        },
        {
          id: 'care_duties',
          type: 'yes_no',
          label: t(
            '¿Usted cuida a alguien en la casa, como niños pequeños, adultos mayores o personas enfermas o con discapacidad?',
            'Do you look after someone at home, such as young children, older adults or people who are ill or have a disability?',
          ),
          help: t(
            'Sirve para acordar las actividades del plan en horarios que le queden bien.',
            'It helps schedule the plan activities at times that suit you.',
          ),
        },
      ],
    },
    {
      id: 'business',
      kind: 'business',
      title: t('El negocio', 'The business'),
      questions: [
        {
          id: 'business_start',
          type: 'date',
          label: t(
            '¿Desde cuándo funciona el negocio?',
            'Since when has the business been running?',
          ),
          help: t(
            'Si no recuerda el día exacto, ponga el primero del mes en que empezó.',
            'If you do not remember the exact day, use the first day of the month it started.',
          ),
          source: 'P639',
        },
        {
          id: 'monthly_sales',
          type: 'money',
          label: t(
            'En un mes normal, ¿cuánto vende el negocio, en pesos?',
            'In a normal month, how much does the business sell, in pesos?',
          ),
          help: t(
            'Todo lo que entra por ventas o servicios en el mes, antes de pagar gastos. Si cambia mucho, un promedio de los últimos meses.',
            'Everything that comes in from sales or services in a month, before expenses. If it varies a lot, the average of recent months.',
          ),
          source: 'VENTAS_MES_ANTERIOR',
          min: 0,
        },
        // biosafety (bioseguridad)
        {
          id: 'biosafety_protocol',
          type: 'single',
          label: t(
            '¿El negocio tiene un protocolo de bioseguridad, es decir, unas reglas de limpieza, desinfección y cuidado de la salud?',
            'Does the business have a biosafety protocol, that is, rules for cleaning, disinfection and health care?',
          ),
          help: t(
            'Por ejemplo: qué se limpia y cada cuánto, con qué producto, el lavado de manos y el manejo de las basuras.',
            'For example: what gets cleaned and how often, with which product, hand washing and waste handling.',
          ),
          options: [
            { id: 'none', label: t('No tiene', 'None') },
            {
              id: 'informal',
              label: t(
                'Limpia y desinfecta, pero no hay reglas escritas',
                'Cleans and disinfects, but there are no written rules',
              ),
              points: { biosafety: 1 },
            },
            {
              id: 'written',
              label: t(
                'Tiene el protocolo por escrito y a la vista',
                'Has a written protocol on display',
              ),
              points: { biosafety: 2 },
            },
            {
              id: 'written_log',
              label: t(
                'Tiene el protocolo por escrito, todos lo cumplen y anota la limpieza en una planilla',
                'Has a written protocol that everyone follows, and logs cleaning on a sheet',
              ),
              points: { biosafety: 4 },
            },
          ],
        },
        {
          id: 'safety_elements',
          type: 'multiple',
          label: t(
            '¿Con cuáles de estas cosas cuenta el negocio?',
            'Which of these does the business have?',
          ),
          options: [
            {
              id: 'handwashing',
              label: t(
                'Un punto para lavarse las manos con agua y jabón, o gel antibacterial a la mano',
                'A place to wash hands with soap and water, or hand sanitizer within reach',
              ),
              points: { biosafety: 2 },
            },
            {
              id: 'first_aid',
              label: t('Botiquín de primeros auxilios', 'First aid kit'),
              points: { biosafety: 1 },
            },
            {
              id: 'extinguisher',
              label: t('Extintor con la carga al día', 'Fire extinguisher, in date'),
              points: { biosafety: 1 },
            },
            {
              id: 'waste',
              label: t(
                'Canecas con tapa y las basuras separadas',
                'Bins with lids and separated waste',
              ),
              points: { biosafety: 1 },
            },
            { id: 'none', label: t('Ninguna de estas', 'None of these'), exclusive: true },
          ],
        },
        // finance (finanzas)
        {
          id: 'separates_money',
          type: 'yes_no',
          label: t(
            '¿Usted tiene la plata del negocio separada de la plata de la casa?',
            "Do you keep the business's money separate from the household's money?",
          ),
          help: t(
            'Sí, si la guarda aparte (otra caja, una cuenta o un bolsillo solo para el negocio) y no saca de ahí para la casa sin anotarlo.',
            'Yes if it is kept apart (a separate till, account or wallet pocket only for the business) and is not taken for the household without writing it down.',
          ),
          yesPoints: { finance: 3 },
        },
        {
          id: 'records',
          type: 'single',
          label: t(
            '¿Cómo lleva las cuentas de lo que vende y lo que gasta el negocio?',
            'How do you keep track of what the business sells and spends?',
          ),
          source: 'P640',
          options: [
            { id: 'none', label: t('No lleva cuentas', 'Keeps no accounts') },
            {
              id: 'memory',
              label: t(
                'De memoria o en papelitos sueltos',
                'From memory or on loose scraps of paper',
              ),
            },
            {
              id: 'notebook_sometimes',
              label: t(
                'En un cuaderno, pero no todos los días',
                'In a notebook, but not every day',
              ),
              points: { finance: 1 },
            },
            {
              id: 'daily',
              label: t(
                'Anota todos los días lo que vende y lo que gasta (cuaderno, Excel o aplicación)',
                'Writes down sales and expenses every day (notebook, spreadsheet or app)',
              ),
              points: { finance: 2 },
            },
            {
              id: 'monthly_profit',
              label: t(
                'Anota todo y cada mes saca cuánto le quedó de ganancia',
                'Writes everything down and works out the profit every month',
              ),
              points: { finance: 4 },
            },
            {
              id: 'accountant',
              label: t(
                'Con contador o programa contable: estado de pérdidas y ganancias y balance',
                'With an accountant or accounting software: income statement and balance sheet',
              ),
              points: { finance: 4 },
            },
          ],
        },
        {
          id: 'money_sources',
          type: 'single',
          label: t(
            'Si el negocio necesita plata de un momento a otro (para surtir o por una emergencia), ¿de dónde la saca normalmente?',
            'If the business suddenly needs money (to restock or for an emergency), where does it usually come from?',
          ),
          source: 'P1569',
          options: [
            {
              id: 'savings_formal',
              label: t(
                'De ahorros del negocio en una cuenta, cooperativa o billetera digital',
                'Business savings in an account, cooperative or digital wallet',
              ),
              points: { finance: 3 },
            },
            {
              id: 'credit_formal',
              label: t(
                'De un crédito con banco, cooperativa o entidad de microcrédito',
                'A loan from a bank, cooperative or microcredit lender',
              ),
              points: { finance: 2 },
            },
            {
              id: 'savings_informal',
              label: t(
                'De una natillera, una cadena o plata guardada en la casa',
                'A savings club, a rotating savings group or cash kept at home',
              ),
              points: { finance: 1 },
            },
            {
              id: 'supplier_credit',
              label: t('Le fían los proveedores', 'Suppliers give credit'),
              points: { finance: 1 },
            },
            {
              id: 'family',
              label: t('Le prestan familiares o amigos', 'Family or friends lend it'),
              points: { finance: 1 },
            },
            {
              id: 'loan_shark',
              label: t(
                'Del gota a gota o de un prestamista',
                'Informal daily-payment lenders ("gota a gota")',
              ),
            },
            { id: 'no_source', label: t('No tiene de dónde sacar', 'Has nowhere to get it') },
          ],
        },
        // business model (modelo de negocio)
        {
          id: 'knows_customers',
          type: 'single',
          label: t(
            '¿Qué tan claro tiene quiénes son sus clientes y por qué le compran a usted?',
            'How clear is it to you who your customers are and why they buy from you?',
          ),
          help: t(
            'Por ejemplo: "mis clientes son mamás del barrio que compran en la mañana; me prefieren porque fío y llevo a domicilio".',
            'For example: "my customers are mothers from the neighbourhood who buy in the morning; they prefer me because I give credit and deliver".',
          ),
          options: [
            {
              id: 'unclear',
              label: t(
                'No lo tiene claro; le compra el que pase',
                'Not clear; whoever walks by buys',
              ),
            },
            {
              id: 'who',
              label: t(
                'Sabe quiénes son sus clientes y qué compran',
                'Knows who the customers are and what they buy',
              ),
              points: { business_model: 1 },
            },
            {
              id: 'why',
              label: t(
                'Sabe quiénes son y por qué lo prefieren a usted y no a la competencia',
                'Knows who they are and why they choose this business over the competition',
              ),
              points: { business_model: 3 },
            },
            {
              id: 'adapts',
              label: t(
                'Además, cambia lo que ofrece según lo que le piden o le reclaman',
                'Also changes what is offered according to customer requests and complaints',
              ),
              points: { business_model: 4 },
            },
          ],
        },
        {
          id: 'pricing',
          type: 'single',
          label: t(
            '¿Cómo decide el precio de lo que vende?',
            'How do you decide the price of what you sell?',
          ),
          options: [
            {
              id: 'guess',
              label: t('A ojo, según lo que le parezca', 'By eye, whatever seems right'),
            },
            {
              id: 'competition',
              label: t(
                'Pone el mismo precio de la competencia o el que sugiere el proveedor',
                "Uses the competition's price or the supplier's suggested price",
              ),
              points: { business_model: 1 },
            },
            {
              id: 'markup',
              label: t(
                'Le suma una ganancia a lo que le costó la mercancía o los materiales',
                'Adds a margin to what the goods or materials cost',
              ),
              points: { business_model: 2 },
            },
            {
              id: 'full_cost',
              label: t(
                'Calcula todos los costos (materiales, mano de obra, arriendo, servicios) y le suma la ganancia',
                'Works out all costs (materials, labour, rent, utilities) and adds the profit',
              ),
              points: { business_model: 4 },
            },
          ],
        },
        // production (producción)
        {
          id: 'inventory_control',
          type: 'single',
          label: t(
            '¿Cómo controla la mercancía, los materiales o los insumos que tiene?',
            'How do you keep track of the goods, materials or supplies you have?',
          ),
          help: t(
            'En servicios como peluquería o taller, piense en los productos que usa (tintes, repuestos, aceites).',
            'For services such as a hair salon or repair shop, think of the products used (dyes, spare parts, oils).',
          ),
          options: [
            {
              id: 'none',
              label: t(
                'No lleva control; compra cuando se acaba',
                'No control; buys when things run out',
              ),
            },
            {
              id: 'by_eye',
              label: t(
                'Mira el estante o la bodega y calcula a ojo',
                'Looks at the shelf or storeroom and estimates',
              ),
              points: { production: 1 },
            },
            {
              id: 'written',
              label: t(
                'Anota lo que entra y lo que sale',
                'Writes down what comes in and goes out',
              ),
              points: { production: 2 },
            },
            {
              id: 'counts',
              label: t(
                'Anota entradas y salidas, cuenta cada cierto tiempo y sabe qué se vende más',
                'Records ins and outs, counts stock regularly and knows what sells most',
              ),
              points: { production: 3 },
            },
          ],
        },
        {
          id: 'suppliers_count',
          type: 'number',
          label: t(
            '¿A cuántos proveedores diferentes les compra lo principal del negocio?',
            'From how many different suppliers do you buy what the business mainly needs?',
          ),
          help: t(
            'Proveedor: a quien le compra la mercancía, los materiales o los insumos. Tener más de uno ayuda cuando uno falla o sube los precios.',
            'Supplier: whoever you buy goods, materials or supplies from. Having more than one helps when one fails or raises prices.',
          ),
          min: 0,
          max: 100,
          bands: [
            { from: 0, points: {} },
            { from: 2, points: { production: 1 } },
            { from: 3, points: { production: 2 } },
          ],
        },
        {
          id: 'quality_control',
          type: 'single',
          label: t(
            '¿Cómo se asegura de que lo que le entrega al cliente salga bien?',
            'How do you make sure what you deliver to the customer turns out well?',
          ),
          help: t(
            'Por ejemplo: revisar costuras y medidas, fechas de vencimiento, el punto de la comida o que el arreglo quede funcionando.',
            'For example: checking seams and sizes, expiry dates, how the food is cooked or that a repair works.',
          ),
          options: [
            { id: 'none', label: t('No lo revisa', 'Does not check') },
            {
              id: 'sometimes',
              label: t('Lo revisa a veces', 'Checks sometimes'),
              points: { production: 1 },
            },
            {
              id: 'always',
              label: t('Lo revisa siempre antes de entregar', 'Always checks before delivering'),
              points: { production: 2 },
            },
            {
              id: 'standards',
              label: t(
                'Tiene pasos definidos para revisar y atiende reclamos o da garantía',
                'Has set checking steps and handles complaints or gives a guarantee',
              ),
              points: { production: 3 },
            },
          ],
        },
        // marketing (mercadeo)
        {
          id: 'brand',
          type: 'single',
          label: t(
            '¿El negocio tiene nombre y una imagen que la gente reconozca?',
            'Does the business have a name and an image people recognize?',
          ),
          source: 'P3035',
          options: [
            { id: 'none', label: t('No tiene nombre', 'Has no name') },
            {
              id: 'name',
              label: t('Tiene nombre, pero no letrero ni logo', 'Has a name, but no sign or logo'),
              points: { marketing: 1 },
            },
            {
              id: 'sign',
              label: t('Tiene nombre y letrero o logo', 'Has a name and a sign or logo'),
              points: { marketing: 2 },
            },
            {
              id: 'consistent',
              label: t(
                'Tiene nombre y logo y los usa en todo: letrero, bolsas, tarjetas, redes sociales',
                'Has a name and logo and uses them everywhere: sign, bags, cards, social networks',
              ),
              points: { marketing: 3 },
            },
          ],
        },
        {
          id: 'social_media',
          type: 'single',
          label: t(
            '¿El negocio tiene redes sociales o WhatsApp Business, y cada cuánto publica?',
            'Does the business have social networks or WhatsApp Business, and how often does it post?',
          ),
          help: t(
            'Cuentan Facebook, Instagram, TikTok y los estados de WhatsApp si los usa para mostrar sus productos.',
            'Facebook, Instagram, TikTok and WhatsApp status updates count if used to show products.',
          ),
          source: 'P1559',
          options: [
            { id: 'none', label: t('No tiene', 'None') },
            {
              id: 'inactive',
              label: t('Tiene, pero casi no publica', 'Has them, but hardly posts'),
              points: { marketing: 1 },
            },
            {
              id: 'monthly',
              label: t('Publica algunas veces al mes', 'Posts a few times a month'),
              points: { marketing: 2 },
            },
            {
              id: 'weekly',
              label: t(
                'Publica todas las semanas y responde los mensajes',
                'Posts every week and answers messages',
              ),
              points: { marketing: 3 },
            },
          ],
        },
        {
          id: 'promotions',
          type: 'single',
          label: t(
            '¿Hace algo para atraer clientes nuevos o para que los clientes vuelvan?',
            'Do you do anything to attract new customers or bring customers back?',
          ),
          options: [
            { id: 'nothing', label: t('No hace nada especial', 'Nothing in particular') },
            {
              id: 'sometimes',
              label: t('A veces, cuando las ventas están bajas', 'Sometimes, when sales are slow'),
              points: { marketing: 1 },
            },
            {
              id: 'planned',
              label: t(
                'Sí, lo planea: promociones en fechas especiales, combos, tarjeta de cliente frecuente o volantes',
                'Yes, planned: promotions on special dates, bundles, loyalty cards or flyers',
              ),
              points: { marketing: 2 },
            },
            {
              id: 'planned_contacts',
              label: t(
                'Lo planea y además guarda los datos de sus clientes para avisarles de novedades',
                "Plans them and also keeps customers' contact details to tell them about news",
              ),
              points: { marketing: 3 },
            },
          ],
        },
        // commercialization (comercialización)
        {
          id: 'sells_online',
          type: 'yes_no',
          label: t(
            '¿Vende por internet o por el celular, es decir, le hacen pedidos por WhatsApp, redes sociales, página web o aplicaciones?',
            'Do you sell online or by phone, that is, do customers order through WhatsApp, social networks, a website or apps?',
          ),
          source: 'P1006_7',
          yesPoints: { commercialization: 2, innovation: 1 },
        },
        {
          id: 'online_channels',
          type: 'multiple',
          label: t(
            '¿Por cuáles medios le hacen pedidos?',
            'Through which channels do customers order?',
          ),
          showIf: { question: 'sells_online', op: 'equals', value: true },
          options: [
            { id: 'whatsapp', label: t('WhatsApp', 'WhatsApp'), points: { commercialization: 1 } },
            {
              id: 'social',
              label: t('Facebook, Instagram o TikTok', 'Facebook, Instagram or TikTok'),
              points: { commercialization: 1 },
            },
            {
              id: 'website',
              label: t('Página web o tienda en línea propia', 'Own website or online shop'),
              points: { commercialization: 1, innovation: 1 },
            },
            {
              id: 'apps',
              label: t(
                'Aplicaciones de domicilios o plataformas de venta (Rappi, Mercado Libre u otras)',
                'Delivery apps or marketplaces (Rappi, Mercado Libre or others)',
              ),
              points: { commercialization: 1, innovation: 1 },
            },
          ],
        },
        {
          id: 'customer_reach',
          type: 'single',
          label: t(
            '¿De dónde son la mayoría de sus clientes?',
            'Where do most of your customers come from?',
          ),
          options: [
            {
              id: 'neighbourhood',
              label: t('Del barrio o de la cuadra', 'The neighbourhood or the block'),
            },
            {
              id: 'city',
              label: t('De varios barrios del municipio', 'Several neighbourhoods of the town'),
              points: { commercialization: 1 },
            },
            {
              id: 'region',
              label: t('También de otros municipios o ciudades', 'Also other towns or cities'),
              points: { commercialization: 2 },
            },
          ],
        },
        // formalization (formalización)
        {
          id: 'has_rut',
          type: 'yes_no',
          label: t(
            '¿Usted o el negocio tiene RUT (Registro Único Tributario) de la DIAN?',
            'Do you or the business have a RUT (tax registration) with DIAN?',
          ),
          help: t(
            'El RUT se saca gratis con la DIAN y puede estar a nombre suyo como persona natural.',
            'The RUT is free from DIAN and can be in your own name as an individual.',
          ),
          source: 'P1633',
          yesPoints: { formalization: 2 },
        },
        {
          id: 'chamber_registration',
          type: 'single',
          label: t(
            '¿El negocio está registrado en la cámara de comercio (matrícula mercantil)?',
            'Is the business registered with the chamber of commerce (commercial registration)?',
          ),
          help: t(
            'La matrícula mercantil se renueva cada año, hasta el 31 de marzo.',
            'The commercial registration is renewed every year, by 31 March.',
          ),
          source: 'P1055',
          options: [
            { id: 'no', label: t('No', 'No') },
            {
              id: 'not_renewed',
              label: t('Sí, pero no la ha renovado este año', 'Yes, but not renewed this year'),
              points: { formalization: 1 },
            },
            {
              id: 'current',
              label: t('Sí, y la renovó este año', 'Yes, and renewed this year'),
              points: { formalization: 3 },
            },
          ],
        },
        {
          id: 'invoicing',
          type: 'single',
          label: t(
            'Cuando vende, ¿qué le entrega al cliente como soporte de la venta?',
            'When you make a sale, what do you give the customer as proof of the sale?',
          ),
          help: t(
            'La factura electrónica se hace en el sistema gratuito de la DIAN o en un programa de facturación.',
            "Electronic invoices are issued with DIAN's free system or with invoicing software.",
          ),
          options: [
            { id: 'nothing', label: t('Nada', 'Nothing') },
            {
              id: 'handwritten',
              label: t('Un recibo o una cuenta hecha a mano', 'A handwritten receipt or bill'),
              points: { formalization: 1 },
            },
            {
              id: 'paper_invoice',
              label: t(
                'Factura de talonario o tiquete de caja registradora',
                'A printed invoice book or a cash register receipt',
              ),
              points: { formalization: 2 },
            },
            {
              id: 'electronic',
              label: t('Factura electrónica', 'Electronic invoice'),
              points: { formalization: 3, innovation: 1 },
            },
          ],
        },
        // organization (organización)
        {
          id: 'paid_workers_count',
          type: 'number',
          label: t(
            '¿Cuántas personas trabajan en el negocio y reciben pago, sin contarse usted?',
            'How many people work in the business and are paid, not counting you?',
          ),
          help: t(
            'Cuente también a quienes trabajan por días o por temporada.',
            'Include people who work by the day or by the season.',
          ),
          source: 'P3032_1',
          showIf: { question: 'business_helpers', op: 'includes', value: 'paid_workers' },
          min: 1,
          max: 50,
        },
        {
          id: 'workers_social_security',
          type: 'single',
          label: t(
            '¿Las personas a las que les paga tienen contrato, y usted les paga salud, pensión y riesgos laborales (ARL)?',
            'Do the people you pay have a contract, and do you pay their health, pension and occupational risk (ARL) contributions?',
          ),
          source: 'P3080',
          showIf: { question: 'business_helpers', op: 'includes', value: 'paid_workers' },
          options: [
            {
              id: 'none',
              label: t(
                'No tienen contrato ni seguridad social',
                'No contract and no social security',
              ),
            },
            {
              id: 'partial',
              label: t(
                'Algunos sí, o solo se paga una parte (por ejemplo, solo salud)',
                'Some do, or only part is paid (for example, only health)',
              ),
              points: { formalization: 1 },
            },
            {
              id: 'all_verbal',
              label: t(
                'Todos tienen salud, pensión y ARL, pero el acuerdo es de palabra',
                'All have health, pension and ARL, but the agreement is verbal',
              ),
              points: { formalization: 2, organization: 1 },
            },
            {
              id: 'all_written',
              label: t(
                'Todos tienen contrato por escrito, salud, pensión y ARL',
                'All have a written contract, health, pension and ARL',
              ),
              points: { formalization: 3, organization: 2 },
            },
          ],
        },
        {
          id: 'planning',
          type: 'single',
          label: t(
            '¿Usted planea el trabajo y tiene metas para el negocio?',
            'Do you plan the work and have goals for the business?',
          ),
          options: [
            {
              id: 'day_to_day',
              label: t('No, se trabaja al día', 'No, it is day to day'),
            },
            {
              id: 'in_head',
              label: t(
                'Tiene metas en la cabeza, pero no las escribe',
                'Has goals in mind, but does not write them down',
              ),
              points: { organization: 1 },
            },
            {
              id: 'weekly_list',
              label: t(
                'Anota cada semana lo que tiene que hacer, comprar y pagar',
                'Writes down every week what has to be done, bought and paid',
              ),
              points: { organization: 2 },
            },
            {
              id: 'written_goals',
              label: t(
                'Tiene metas escritas para el año (cuánto vender, qué mejorar) y las revisa cada mes',
                'Has written goals for the year (sales, improvements) and reviews them monthly',
              ),
              points: { organization: 4, business_model: 2 },
            },
          ],
        },
        {
          id: 'organization_practices',
          type: 'multiple',
          label: t(
            '¿Cuáles de estas cosas tiene organizadas en el negocio?',
            'Which of these are organized in the business?',
          ),
          options: [
            {
              id: 'fixed_hours',
              label: t(
                'Un horario fijo de atención que los clientes conocen',
                'Fixed opening hours that customers know',
              ),
              points: { organization: 1 },
            },
            {
              id: 'task_roles',
              label: t(
                'Quién hace cada tarea: abrir, comprar, atender, limpiar, cobrar',
                'Who does each task: opening, buying, serving, cleaning, collecting payment',
              ),
              points: { organization: 1 },
            },
            {
              id: 'documents',
              label: t(
                'Los papeles del negocio (facturas de compra, recibos, permisos) guardados en orden',
                'Business papers (purchase invoices, receipts, permits) filed in order',
              ),
              points: { organization: 1 },
            },
            {
              id: 'own_space',
              label: t(
                'Un espacio para el negocio, separado de la casa y en orden',
                'A tidy space for the business, separate from the home',
              ),
              points: { organization: 1 },
            },
            { id: 'none', label: t('Ninguna de estas', 'None of these'), exclusive: true },
          ],
        },
        // innovation (innovación)
        {
          id: 'innovations_last_year',
          type: 'multiple',
          label: t(
            'En el último año, ¿cuáles de estas cosas nuevas hizo en el negocio?',
            'In the last year, which of these new things did you do in the business?',
          ),
          options: [
            {
              id: 'new_product',
              label: t(
                'Sacó un producto o servicio nuevo, o mejoró uno que ya tenía',
                'Launched a new product or service, or improved an existing one',
              ),
              points: { innovation: 2 },
            },
            {
              id: 'new_process',
              label: t(
                'Cambió la forma de trabajar para hacerlo mejor o más rápido',
                'Changed the way of working to do it better or faster',
              ),
              points: { innovation: 1, production: 1 },
            },
            {
              id: 'new_equipment',
              label: t(
                'Compró una máquina, herramienta o equipo nuevo',
                'Bought a new machine, tool or piece of equipment',
              ),
              points: { innovation: 1, production: 1 },
            },
            {
              id: 'new_market',
              label: t(
                'Empezó a venderle a otro tipo de clientes o en otros lugares',
                'Started selling to a new kind of customer or in new places',
              ),
              points: { innovation: 1, commercialization: 1 },
            },
            { id: 'none', label: t('Nada de esto', 'None of these'), exclusive: true },
          ],
        },
        {
          id: 'payment_methods',
          type: 'multiple',
          label: t('¿Cómo le pueden pagar sus clientes?', 'How can your customers pay you?'),
          source: 'P1764_1',
          options: [
            { id: 'cash', label: t('Efectivo', 'Cash') },
            {
              id: 'transfer',
              label: t(
                'Transferencia, Nequi, Daviplata o código QR',
                'Bank transfer, Nequi, Daviplata or QR code',
              ),
              points: { innovation: 1, commercialization: 1 },
            },
            {
              id: 'card',
              label: t('Tarjeta débito o crédito (datáfono)', 'Debit or credit card (card reader)'),
              points: { innovation: 1, commercialization: 1 },
            },
            {
              id: 'store_credit',
              label: t('Fiado a clientes conocidos', 'On credit ("fiado") to known customers'),
            },
          ],
        },
        {
          id: 'fiado_control',
          type: 'single',
          label: t(
            '¿Cómo controla lo que le deben por fiado?',
            'How do you keep track of what customers owe you?',
          ),
          showIf: { question: 'payment_methods', op: 'includes', value: 'store_credit' },
          options: [
            {
              id: 'memory',
              label: t('No lo anota; se acuerda de memoria', 'Does not write it down; remembers'),
            },
            {
              id: 'notebook',
              label: t(
                'Lo anota en un cuaderno con el nombre y el valor',
                'Writes name and amount in a notebook',
              ),
              points: { finance: 1 },
            },
            {
              id: 'limits',
              label: t(
                'Lo anota con fecha, le pone un tope a cada cliente y cobra en fechas fijas',
                'Records dates, sets a limit per customer and collects on fixed dates',
              ),
              points: { finance: 2 },
            },
          ],
        },
        {
          id: 'owner_priority',
          type: 'text',
          label: t(
            'Para terminar, ¿qué es lo que más le gustaría mejorar en su negocio en los próximos meses?',
            'To finish, what would you most like to improve in your business in the coming months?',
          ),
          help: t(
            'Con sus propias palabras. Se tiene en cuenta al armar el plan de trabajo.',
            'In your own words. It is taken into account when drawing up the plan.',
          ),
          required: false,
        },
      ],
    },
  ],
};

const low: Level[] = ['incipiente', 'aceptable'];
const mid: Level[] = ['confiable', 'competente'];
const top: Level[] = ['excelente'];

/**
 * Activities per lever and level, most foundational first: the plan takes them in this order.
 * Mentor activities fall back to the facilitator when the plan needs no mentor.
 */
export const DEFAULT_PLAN_TEMPLATES: TPlanTemplate[] = [
  // biosafety
  {
    lever: 'biosafety',
    levels: low,
    activities: [
      {
        title: t('Escribir el protocolo de bioseguridad', 'Write the biosafety protocol'),
        description: t(
          'Con el facilitador, escribir en una hoja las reglas de limpieza y desinfección: qué se limpia, cada cuánto, con qué producto y quién lo hace. Pegarla a la vista.',
          'With the facilitator, write the cleaning and disinfection rules on one sheet: what gets cleaned, how often, with what product and by whom. Post it where everyone can see it.',
        ),
        week: 1,
        responsible: 'facilitator',
      },
      {
        title: t('Instalar un punto de lavado de manos', 'Set up a hand-washing point'),
        description: t(
          'Dejar cerca de la entrada o de la caja un lavamanos o un recipiente con llave, jabón y toallas de papel, o un dispensador de gel antibacterial para usted y los clientes.',
          'Place a sink or a water container with a tap, soap and paper towels, or a hand sanitizer dispenser, near the entrance or the till for you and your customers.',
        ),
        week: 2,
        responsible: 'owner',
      },
      {
        title: t('Llevar la planilla de limpieza', 'Keep a cleaning log'),
        description: t(
          'Anotar cada día, en una planilla pegada en la pared, la hora de la limpieza y desinfección y quién la hizo. Revisarla con el facilitador al final del mes.',
          'Every day, note on a sheet on the wall when cleaning and disinfection were done and by whom. Review it with the facilitator at the end of the month.',
        ),
        week: 3,
        responsible: 'owner',
      },
    ],
  },
  {
    lever: 'biosafety',
    levels: mid,
    activities: [
      {
        title: t(
          'Ajustar el protocolo a su actividad y enseñarlo',
          'Adapt the protocol to the trade and teach it',
        ),
        description: t(
          'Con el mentor, revisar el protocolo según lo que hace el negocio (manipulación de alimentos, peluquería, taller) y dar una charla corta a quienes trabajan o ayudan.',
          'With the mentor, review the protocol for what the business does (food handling, hair salon, repair shop) and give a short talk to everyone who works or helps there.',
        ),
        week: 4,
        responsible: 'mentor',
      },
      {
        title: t(
          'Prepararse para la visita de la Secretaría de Salud',
          "Get ready for the health department's inspection",
        ),
        description: t(
          'Revisar los requisitos sanitarios de su actividad (carné de manipulación de alimentos, botiquín, extintor, manejo de basuras) y completar lo que falte.',
          'Check the health requirements for your trade (food handling card, first aid kit, fire extinguisher, waste handling) and complete whatever is missing.',
        ),
        week: 6,
        responsible: 'owner',
      },
    ],
  },
  {
    lever: 'biosafety',
    levels: top,
    activities: [
      {
        title: t(
          'Compartir su protocolo con otros negocios',
          'Share your protocol with other businesses',
        ),
        description: t(
          'Mantener la planilla al día y mostrar en un encuentro del programa cómo organizó la bioseguridad, para que otros negocios la puedan copiar.',
          'Keep the log up to date and show at a program meeting how you organized biosafety, so other businesses can copy it.',
        ),
        week: 8,
        responsible: 'owner',
      },
    ],
  },
  // finance
  {
    lever: 'finance',
    levels: low,
    activities: [
      {
        title: t(
          'Separar la plata del negocio de la de la casa',
          "Keep the business's money apart from the household's",
        ),
        description: t(
          'Abrir una cuenta o un bolsillo (en el banco, Nequi o Daviplata) solo para el negocio, guardar ahí lo que entra por ventas y asignarse un sueldo fijo para la casa.',
          'Open an account or a wallet pocket (at a bank, Nequi or Daviplata) only for the business, keep sales there and pay yourself a fixed wage for the household.',
        ),
        week: 1,
        responsible: 'owner',
      },
      {
        title: t(
          'Anotar todos los días lo que vende y lo que gasta',
          'Write down sales and expenses every day',
        ),
        description: t(
          'Con el facilitador, empezar un cuaderno de cuentas o una aplicación gratuita: una línea por cada venta o gasto, con fecha y valor, y sumar al final de la semana.',
          'With the facilitator, start an accounts notebook or a free app: one line per sale or expense, with date and amount, and add them up at the end of the week.',
        ),
        week: 2,
        responsible: 'facilitator',
      },
      {
        title: t('Calcular la ganancia del mes', "Work out the month's profit"),
        description: t(
          'Al cierre del mes, restarle a las ventas lo que costó la mercancía y los gastos (arriendo, servicios, transporte, sueldos) y anotar cuánto quedó.',
          'At the end of the month, subtract the cost of goods and the expenses (rent, utilities, transport, wages) from sales and write down what is left.',
        ),
        week: 5,
        responsible: 'owner',
      },
    ],
  },
  {
    lever: 'finance',
    levels: mid,
    activities: [
      {
        title: t(
          'Hacer un presupuesto y un ahorro del negocio',
          'Make a budget and a business savings fund',
        ),
        description: t(
          'Con el mentor, armar el presupuesto mensual del negocio y separar un porcentaje fijo de las ventas para emergencias o para surtir en temporada alta.',
          'With the mentor, draw up a monthly budget and set aside a fixed share of sales for emergencies or for stocking up for the high season.',
        ),
        week: 4,
        responsible: 'mentor',
      },
      {
        title: t('Conocer las opciones de crédito formal', 'Learn about formal credit options'),
        description: t(
          'Comparar con el mentor créditos de bancos, cooperativas y entidades de microcrédito (tasa, cuota, requisitos) para no depender del gota a gota, y decidir si le conviene uno.',
          'Compare loans from banks, cooperatives and microcredit lenders with the mentor (rate, instalment, requirements) so as not to depend on informal lenders, and decide whether one makes sense.',
        ),
        week: 7,
        responsible: 'mentor',
      },
    ],
  },
  {
    lever: 'finance',
    levels: top,
    activities: [
      {
        title: t('Decidir con los números del mes', "Decide with the month's numbers"),
        description: t(
          'Mantener el cierre de cada mes, usar los números para decidir compras e inversiones y contar su experiencia a otros negocios del programa.',
          'Keep closing each month, use the numbers to decide purchases and investments, and share your experience with other businesses in the program.',
        ),
        week: 8,
        responsible: 'owner',
      },
    ],
  },
  // business model
  {
    lever: 'business_model',
    levels: low,
    activities: [
      {
        title: t(
          'Calcular el costo real de sus productos',
          'Work out the real cost of your products',
        ),
        description: t(
          'Con el facilitador, sumar lo que cuesta hacer o conseguir los 5 productos o servicios que más vende (materiales, mano de obra, arriendo y servicios) y revisar si el precio deja ganancia.',
          'With the facilitator, add up what it costs to make or buy your 5 best-selling products or services (materials, labour, rent and utilities) and check that the price leaves a profit.',
        ),
        week: 2,
        responsible: 'facilitator',
      },
      {
        title: t('Preguntarles a sus clientes', 'Ask your customers'),
        description: t(
          'Hablar con 10 clientes: qué compran, por qué le compran a usted y qué les gustaría encontrar. Anotar las respuestas y revisarlas con el facilitador.',
          'Talk to 10 customers: what they buy, why they buy from you and what they would like to find. Write down the answers and go over them with the facilitator.',
        ),
        week: 3,
        responsible: 'owner',
      },
      {
        title: t(
          'Decir en una frase por qué lo eligen',
          'Say in one sentence why customers choose you',
        ),
        description: t(
          'Definir qué hace distinto a su negocio (calidad, atención, cercanía, domicilios, precio) y usar esa frase en el letrero, las redes y al atender.',
          'Define what makes your business different (quality, service, nearness, delivery, price) and use that sentence on the sign, on social networks and when serving customers.',
        ),
        week: 4,
        responsible: 'owner',
      },
    ],
  },
  {
    lever: 'business_model',
    levels: mid,
    activities: [
      {
        title: t('Revisar el modelo de negocio', 'Review the business model'),
        description: t(
          'Con el mentor, llenar el lienzo del modelo de negocio (clientes, propuesta, canales, costos e ingresos) y escoger un cambio que aumente la ganancia.',
          'With the mentor, fill in the business model canvas (customers, offer, channels, costs and income) and choose one change that raises profit.',
        ),
        week: 5,
        responsible: 'mentor',
      },
    ],
  },
  {
    lever: 'business_model',
    levels: top,
    activities: [
      {
        title: t('Poner metas de crecimiento', 'Set growth goals'),
        description: t(
          'Definir metas para el próximo año (clientes nuevos, productos o puntos de venta) y compartir su experiencia con otros negocios del programa.',
          'Set goals for next year (new customers, products or points of sale) and share your experience with other businesses in the program.',
        ),
        week: 9,
        responsible: 'owner',
      },
    ],
  },
  // production
  {
    lever: 'production',
    levels: low,
    activities: [
      {
        title: t('Controlar el inventario', 'Keep track of stock'),
        description: t(
          'Con el facilitador, contar la mercancía o los insumos y empezar una hoja de entradas y salidas, para saber qué se vende más y qué se queda quieto.',
          'With the facilitator, count goods or supplies and start an in-and-out sheet, to know what sells most and what sits on the shelf.',
        ),
        week: 2,
        responsible: 'facilitator',
      },
      {
        title: t('Conseguir por lo menos otro proveedor', 'Find at least one more supplier'),
        description: t(
          'Pedir precios a dos o tres proveedores de lo que más compra y comparar precio, calidad, plazo para pagar y entrega.',
          'Ask two or three suppliers for prices on what you buy most and compare price, quality, payment terms and delivery.',
        ),
        week: 4,
        responsible: 'owner',
      },
      {
        title: t('Revisar la calidad antes de entregar', 'Check quality before delivering'),
        description: t(
          'Hacer una lista corta de lo que hay que revisar antes de entregar (medidas, vencimientos, acabados, limpieza) y usarla con cada pedido.',
          'Make a short list of what to check before delivering (sizes, expiry dates, finish, cleanliness) and use it with every order.',
        ),
        week: 5,
        responsible: 'owner',
      },
    ],
  },
  {
    lever: 'production',
    levels: mid,
    activities: [
      {
        title: t('Mejorar la forma de trabajar', 'Improve the way of working'),
        description: t(
          'Con el mentor, dibujar paso a paso cómo se hace el producto o se presta el servicio, encontrar dónde se pierde tiempo o material y probar un cambio.',
          'With the mentor, map step by step how the product is made or the service delivered, find where time or material is wasted and try one change.',
        ),
        week: 5,
        responsible: 'mentor',
      },
      {
        title: t('Negociar con los proveedores', 'Negotiate with suppliers'),
        description: t(
          'Con lo que muestra su inventario, pedir descuentos por cantidad o plazo de 30 días a sus proveedores principales.',
          'Using what your stock records show, ask your main suppliers for volume discounts or 30-day payment terms.',
        ),
        week: 8,
        responsible: 'owner',
      },
    ],
  },
  {
    lever: 'production',
    levels: top,
    activities: [
      {
        title: t('Dejar por escrito su forma de trabajar', 'Write down how the work is done'),
        description: t(
          'Escribir los pasos de trabajo y de revisión de calidad para que cualquier persona que trabaje con usted los siga, y mostrarlos a otros negocios del programa.',
          'Write down the work and quality-check steps so anyone working with you can follow them, and show them to other businesses in the program.',
        ),
        week: 9,
        responsible: 'owner',
      },
    ],
  },
  // marketing
  {
    lever: 'marketing',
    levels: low,
    activities: [
      {
        title: t(
          'Crear el perfil del negocio en WhatsApp Business',
          'Set up the business on WhatsApp Business',
        ),
        description: t(
          'Con el facilitador, configurar WhatsApp Business con horario, dirección y un catálogo con fotos y precios, y guardar los contactos de sus clientes.',
          'With the facilitator, set up WhatsApp Business with opening hours, address and a catalog with photos and prices, and save your customers as contacts.',
        ),
        week: 2,
        responsible: 'facilitator',
      },
      {
        title: t('Darle nombre e imagen al negocio', 'Give the business a name and an image'),
        description: t(
          'Escoger o ajustar el nombre, hacer un logo sencillo con una aplicación gratuita y usarlo en el letrero, las bolsas o las tarjetas.',
          'Choose or adjust the name, make a simple logo with a free app and use it on the sign, bags or cards.',
        ),
        week: 3,
        responsible: 'owner',
      },
      {
        title: t('Publicar cada semana', 'Post every week'),
        description: t(
          'Tomar buenas fotos de sus productos y publicar por lo menos dos veces por semana en estados de WhatsApp o redes sociales, con precio y cómo pedir.',
          'Take good photos of your products and post at least twice a week on WhatsApp status or social networks, with price and how to order.',
        ),
        week: 4,
        responsible: 'owner',
      },
    ],
  },
  {
    lever: 'marketing',
    levels: mid,
    activities: [
      {
        title: t('Hacer un calendario de promociones', 'Make a promotions calendar'),
        description: t(
          'Con el mentor, armar las promociones de los próximos tres meses (fechas especiales, combos, cliente frecuente) y anotar cuánto se vende con cada una.',
          'With the mentor, plan promotions for the next three months (special dates, bundles, loyalty rewards) and note how much each one sells.',
        ),
        week: 6,
        responsible: 'mentor',
      },
    ],
  },
  {
    lever: 'marketing',
    levels: top,
    activities: [
      {
        title: t('Medir y compartir lo que le funciona', 'Measure and share what works'),
        description: t(
          'Seguir publicando con regularidad, revisar qué publicaciones le traen más clientes y enseñar a otros negocios del programa lo que le ha servido.',
          'Keep posting regularly, check which posts bring the most customers and show other businesses in the program what has worked for you.',
        ),
        week: 10,
        responsible: 'owner',
      },
    ],
  },
  // commercialization
  {
    lever: 'commercialization',
    levels: low,
    activities: [
      {
        title: t('Recibir pagos digitales', 'Accept digital payments'),
        description: t(
          'Activar pagos por transferencia o código QR (Nequi, Daviplata o su banco) y poner el aviso a la vista, para no perder ventas por falta de efectivo.',
          'Enable transfer or QR code payments (Nequi, Daviplata or your bank) and display the sign, so no sale is lost for lack of cash.',
        ),
        week: 2,
        responsible: 'owner',
      },
      {
        title: t('Empezar a vender por WhatsApp', 'Start selling through WhatsApp'),
        description: t(
          'Con el facilitador, armar una lista de clientes, enviarles el catálogo y ofrecer pedidos por WhatsApp para recoger o con domicilio.',
          'With the facilitator, build a customer list, send them the catalog and offer orders through WhatsApp for pick-up or delivery.',
        ),
        week: 3,
        responsible: 'facilitator',
      },
      {
        title: t('Buscar clientes fuera del barrio', 'Look for customers beyond the neighbourhood'),
        description: t(
          'Identificar una feria, un mercado campesino, una plaza o un negocio de otra zona donde pueda vender sus productos, e ir a ofrecerlos.',
          'Find a fair, a farmers market, a market square or a business in another area where you could sell your products, and go offer them.',
        ),
        week: 6,
        responsible: 'owner',
      },
    ],
  },
  {
    lever: 'commercialization',
    levels: mid,
    activities: [
      {
        title: t('Abrir un canal de venta nuevo', 'Open a new sales channel'),
        description: t(
          'Con el mentor, escoger y preparar un canal nuevo (una aplicación de domicilios, una plataforma de venta o ventas a otros negocios y empresas) y hacer las primeras ventas.',
          'With the mentor, choose and prepare a new channel (a delivery app, an online marketplace or sales to other businesses and companies) and make the first sales.',
        ),
        week: 6,
        responsible: 'mentor',
      },
    ],
  },
  {
    lever: 'commercialization',
    levels: top,
    activities: [
      {
        title: t('Fortalecer los canales que funcionan', 'Strengthen the channels that work'),
        description: t(
          'Revisar cuánto vende por cada canal, quedarse con los mejores y explorar ventas en grupo con otros negocios del programa (ferias, compras conjuntas).',
          'Check how much each channel sells, keep the best ones and explore selling together with other businesses in the program (fairs, joint purchasing).',
        ),
        week: 10,
        responsible: 'owner',
      },
    ],
  },
  // formalization
  {
    lever: 'formalization',
    levels: low,
    activities: [
      {
        title: t('Sacar o actualizar el RUT en la DIAN', 'Get or update the RUT with DIAN'),
        description: t(
          'Con el facilitador, inscribirse en el RUT o actualizarlo con la actividad del negocio. El trámite es gratuito.',
          "With the facilitator, register for the RUT or update it with the business's activity. It is free.",
        ),
        week: 2,
        responsible: 'facilitator',
      },
      {
        title: t(
          'Registrar el negocio en la cámara de comercio',
          'Register the business with the chamber of commerce',
        ),
        description: t(
          'Hacer o renovar la matrícula mercantil en la cámara de comercio de su ciudad, y preguntar por descuentos o beneficios para negocios pequeños.',
          'Obtain or renew the commercial registration (matrícula mercantil) at the chamber of commerce in your city, and ask about discounts or benefits for small businesses.',
        ),
        week: 4,
        responsible: 'owner',
      },
      {
        title: t('Entregar soporte de cada venta', 'Give proof of every sale'),
        description: t(
          'Empezar a entregar recibo o factura en cada venta, y averiguar con el facilitador si el negocio debe facturar electrónicamente y cómo usar el sistema gratuito de la DIAN.',
          "Start giving a receipt or invoice with every sale, and find out with the facilitator whether the business must issue electronic invoices and how to use DIAN's free system.",
        ),
        week: 6,
        responsible: 'facilitator',
      },
    ],
  },
  {
    lever: 'formalization',
    levels: mid,
    activities: [
      {
        title: t(
          'Poner al día la factura electrónica y la seguridad social',
          'Bring electronic invoicing and social security up to date',
        ),
        description: t(
          'Con el mentor, habilitarse para factura electrónica ante la DIAN y revisar la afiliación a salud, pensión y ARL suya y de quienes trabajan con usted.',
          'With the mentor, get set up for electronic invoicing with DIAN and check health, pension and ARL enrolment for yourself and those who work with you.',
        ),
        week: 6,
        responsible: 'mentor',
      },
    ],
  },
  {
    lever: 'formalization',
    levels: top,
    activities: [
      {
        title: t('Mantener el negocio al día', 'Keep the business up to date'),
        description: t(
          'Llevar un calendario con la renovación de la matrícula (antes del 31 de marzo), las declaraciones de impuestos y los pagos de seguridad social, y cumplirlo.',
          'Keep a calendar with the registration renewal (by 31 March), tax returns and social security payments, and stick to it.',
        ),
        week: 8,
        responsible: 'owner',
      },
    ],
  },
  // organization
  {
    lever: 'organization',
    levels: low,
    activities: [
      {
        title: t('Fijar y publicar el horario del negocio', 'Set and post opening hours'),
        description: t(
          'Definir los días y las horas de atención, ponerlos en un aviso en la puerta y en WhatsApp, y cumplirlos.',
          'Decide on opening days and hours, post them on the door and on WhatsApp, and keep to them.',
        ),
        week: 1,
        responsible: 'owner',
      },
      {
        title: t('Planear la semana', 'Plan the week'),
        description: t(
          'Con el facilitador, empezar una agenda (en papel o en el celular): cada lunes anotar lo que hay que comprar, hacer, entregar y pagar, y tachar lo que se va haciendo.',
          'With the facilitator, start a planner (on paper or on the phone): every Monday, list what has to be bought, made, delivered and paid, and tick things off as they get done.',
        ),
        week: 2,
        responsible: 'facilitator',
      },
      {
        title: t('Ordenar los papeles del negocio', 'Put the business papers in order'),
        description: t(
          'Guardar en una carpeta las facturas de compra, recibos, permisos y documentos del negocio, separados por mes.',
          'Keep purchase invoices, receipts, permits and business documents in a folder, sorted by month.',
        ),
        week: 3,
        responsible: 'owner',
      },
    ],
  },
  {
    lever: 'organization',
    levels: mid,
    activities: [
      {
        title: t('Repartir tareas y poner metas', 'Assign tasks and set goals'),
        description: t(
          'Con el mentor, hacer una tabla de quién hace qué (abrir, comprar, atender, limpiar, cobrar) y escribir metas para los próximos seis meses.',
          'With the mentor, make a chart of who does what (opening, buying, serving, cleaning, collecting payment) and write goals for the next six months.',
        ),
        week: 5,
        responsible: 'mentor',
      },
    ],
  },
  {
    lever: 'organization',
    levels: top,
    activities: [
      {
        title: t('Preparar el negocio para crecer', 'Get the business ready to grow'),
        description: t(
          'Revisar cada mes las metas escritas y dejar por escrito las tareas clave, para que el negocio funcione aunque usted no esté.',
          'Review the written goals every month and write down the key tasks, so the business runs even when you are away.',
        ),
        week: 10,
        responsible: 'owner',
      },
    ],
  },
  // innovation
  {
    lever: 'innovation',
    levels: low,
    activities: [
      {
        title: t('Usar el celular para el negocio', 'Use the phone for the business'),
        description: t(
          'Con el facilitador, practicar tres herramientas gratuitas: WhatsApp Business, una aplicación para llevar cuentas y la aplicación del banco o la billetera digital.',
          "With the facilitator, practise three free tools: WhatsApp Business, a bookkeeping app and the bank's or digital wallet's app.",
        ),
        week: 2,
        responsible: 'facilitator',
      },
      {
        title: t('Probar un producto o servicio nuevo', 'Try a new product or service'),
        description: t(
          'Escoger una idea que le hayan pedido los clientes, probarla en pequeño durante dos semanas y anotar cuánto se vende.',
          'Pick an idea customers have asked for, try it on a small scale for two weeks and note how much sells.',
        ),
        week: 6,
        responsible: 'owner',
      },
    ],
  },
  {
    lever: 'innovation',
    levels: mid,
    activities: [
      {
        title: t('Buscar una mejora con tecnología', 'Find an improvement through technology'),
        description: t(
          'Con el mentor, identificar una herramienta o un equipo (facturación, inventario en el celular, una máquina) que ahorre tiempo o plata, y hacer un plan para conseguirlo.',
          'With the mentor, identify a tool or piece of equipment (invoicing, stock on the phone, a machine) that saves time or money, and make a plan to get it.',
        ),
        week: 7,
        responsible: 'mentor',
      },
    ],
  },
  {
    lever: 'innovation',
    levels: top,
    activities: [
      {
        title: t('Compartir sus innovaciones', 'Share your innovations'),
        description: t(
          'Seguir probando mejoras y presentar en un encuentro del programa una novedad que le haya funcionado.',
          'Keep trying improvements and present one that worked for you at a program meeting.',
        ),
        week: 11,
        responsible: 'owner',
      },
    ],
  },
];
