/**
 * The countries the generator speaks for: clock (UTC offset and summer-time rule), share of the
 * simulated users, the languages people there post in (with shares), the profile locations
 * they really write, and how their traffic follows the local day and week.
 */
import type { LanguageId } from './lexicon/types.js';

export type CountryCode = 'IN' | 'PK' | 'IT' | 'TR' | 'GB' | 'US' | 'BR' | 'ES' | 'DE' | 'ID' | 'NG' | 'FR' | 'MX';

/** Summer-time rules as they stood in 2021–2024 (Mexico dropped its own in late 2022; treated as none). */
export type DstRule = 'none' | 'eu' | 'us';

export interface Country {
  code: CountryCode;
  /** Standard-time offset from UTC, hours. */
  utcOffsetHours: number;
  dst: DstRule;
  /** Relative share of the simulated users (and so of the traffic); the shares sum to 1. */
  share: number;
  /** Languages people there post in, with their shares of posts. */
  languages: readonly (readonly [LanguageId, number])[];
  /** Profile locations as people write them; junk and empty ones are added for every country. */
  locations: readonly string[];
  /** Share of authors whose profile location names a place of the country (the rest: junk or nothing). */
  locatedShare: number;
}

export const COUNTRIES: readonly Country[] = [
  {
    code: 'IN',
    utcOffsetHours: 5.5,
    dst: 'none',
    share: 0.26,
    languages: [
      ['en', 0.38],
      ['hi-Latn', 0.37],
      ['hi', 0.25],
    ],
    locatedShare: 0.62,
    locations: [
      'Mumbai',
      'Mumbai, India',
      'Bombay',
      'Navi Mumbai',
      'Delhi',
      'New Delhi, India',
      'Delhi NCR',
      'Noida',
      'Gurgaon',
      'Gurugram, Haryana',
      'Bangalore',
      'Bengaluru, India',
      'Bengaluru 🇮🇳',
      'Hyderabad',
      'Hyderabad, Telangana',
      'Chennai',
      'Chennai, Tamil Nadu',
      'Kolkata',
      'Calcutta',
      'Pune',
      'Pune, Maharashtra',
      'Ahmedabad',
      'Jaipur, Rajasthan',
      'Lucknow',
      'Lucknow, UP',
      'Kanpur',
      'Patna, Bihar',
      'Indore',
      'Bhopal',
      'Nagpur',
      'Surat, Gujarat',
      'Kochi',
      'Chandigarh',
      'India',
      'India 🇮🇳',
      'Bharat',
      '🇮🇳',
      'भारत',
      'दिल्ली',
      'मुंबई',
      'लखनऊ',
      'जयपुर',
      'Varanasi',
      'Banaras',
      'Mohali',
      'Agra',
    ],
  },
  {
    code: 'PK',
    utcOffsetHours: 5,
    dst: 'none',
    share: 0.07,
    languages: [
      ['en', 0.3],
      ['ur-Latn', 0.45],
      ['ur', 0.25],
    ],
    locatedShare: 0.6,
    locations: [
      'Karachi',
      'Karachi 🇵🇰',
      'Karachi, Pakistan',
      'Lahore',
      'Lahore, Punjab',
      'Islamabad',
      'Islamabad, Pakistan',
      'Rawalpindi',
      'Faisalabad',
      'Multan',
      'Peshawar',
      'Quetta',
      'Sialkot',
      'Hyderabad, Sindh',
      'Pakistan',
      'Pakistan 🇵🇰',
      '🇵🇰',
      'کراچی',
      'لاہور',
      'اسلام آباد',
      'پاکستان',
      'Gujranwala',
      'Abbottabad',
      'KPK, Pakistan',
    ],
  },
  {
    code: 'IT',
    utcOffsetHours: 1,
    dst: 'eu',
    share: 0.06,
    languages: [
      ['it', 0.92],
      ['en', 0.08],
    ],
    locatedShare: 0.6,
    locations: [
      'Roma',
      'Roma, Lazio',
      'Rome, Italy',
      'Milano',
      'Milan',
      'Milano, Lombardia',
      'Napoli',
      'Torino',
      'Turin, Italy',
      'Palermo',
      'Bologna',
      'Firenze',
      'Florence',
      'Bari',
      'Genova',
      'Verona',
      'Catania',
      'Italia',
      'Italia 🇮🇹',
      'Italy',
      '🇮🇹',
      'Sardegna',
      'Sicilia',
      'Padova',
      'Brescia',
      'Trieste',
    ],
  },
  {
    code: 'TR',
    utcOffsetHours: 3,
    dst: 'none',
    share: 0.06,
    languages: [
      ['tr', 0.93],
      ['en', 0.07],
    ],
    locatedShare: 0.58,
    locations: [
      'İstanbul',
      'Istanbul',
      'İstanbul, Türkiye',
      'Istanbul, Turkey',
      'Ankara',
      'Ankara, Türkiye',
      'İzmir',
      'Izmir',
      'Bursa',
      'Antalya',
      'Adana',
      'Konya',
      'Gaziantep',
      'Kocaeli',
      'Eskişehir',
      'Trabzon',
      'Türkiye',
      'Türkiye 🇹🇷',
      'Turkey',
      '🇹🇷',
      'Kadıköy',
      'Beşiktaş',
      'Samsun',
      'Diyarbakır',
    ],
  },
  {
    code: 'GB',
    utcOffsetHours: 0,
    dst: 'eu',
    share: 0.08,
    languages: [['en', 1]],
    locatedShare: 0.65,
    locations: [
      'London',
      'London, UK',
      'London, England',
      'Manchester',
      'Manchester, England',
      'Birmingham, UK',
      'Leeds',
      'Liverpool',
      'Glasgow',
      'Glasgow, Scotland',
      'Edinburgh',
      'Cardiff',
      'Cardiff, Wales',
      'Belfast',
      'Bristol',
      'Sheffield',
      'Newcastle upon Tyne',
      'Nottingham',
      'Leicester',
      'Brighton',
      'UK',
      'United Kingdom',
      'England',
      'Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿',
      '🇬🇧',
      'UK 🇬🇧',
      'South London',
      'Yorkshire',
      'Essex',
      'Kent, UK',
    ],
  },
  {
    code: 'US',
    utcOffsetHours: -5,
    dst: 'us',
    share: 0.13,
    languages: [
      ['en', 0.9],
      ['es', 0.1],
    ],
    locatedShare: 0.62,
    locations: [
      'New York, NY',
      'NYC',
      'Brooklyn, NY',
      'Boston, MA',
      'Philadelphia, PA',
      'Washington, DC',
      'Atlanta, GA',
      'Miami, FL',
      'Orlando, FL',
      'Chicago, IL',
      'Detroit, MI',
      'Houston, TX',
      'Dallas, TX',
      'Austin, TX',
      'Denver, CO',
      'Phoenix, AZ',
      'Los Angeles, CA',
      'LA',
      'San Francisco, CA',
      'Bay Area',
      'Seattle, WA',
      'Portland, OR',
      'USA',
      'United States',
      '🇺🇸',
      'Texas',
      'California',
      'Ohio',
      'Nashville, TN',
    ],
  },
  {
    code: 'BR',
    utcOffsetHours: -3,
    dst: 'none',
    share: 0.08,
    languages: [
      ['pt', 0.96],
      ['en', 0.04],
    ],
    locatedShare: 0.6,
    locations: [
      'São Paulo',
      'Sao Paulo, Brasil',
      'São Paulo, SP',
      'SP',
      'Rio de Janeiro',
      'Rio de Janeiro, Brasil',
      'RJ',
      'Belo Horizonte',
      'BH',
      'Salvador, BA',
      'Recife',
      'Fortaleza',
      'Curitiba',
      'Porto Alegre',
      'Brasília',
      'Manaus',
      'Goiânia',
      'Brasil',
      'Brasil 🇧🇷',
      'Brazil',
      '🇧🇷',
      'Campinas',
      'Niterói',
    ],
  },
  {
    code: 'ES',
    utcOffsetHours: 1,
    dst: 'eu',
    share: 0.04,
    languages: [
      ['es', 0.95],
      ['en', 0.05],
    ],
    locatedShare: 0.6,
    locations: [
      'Madrid',
      'Madrid, España',
      'Barcelona',
      'Barcelona, Catalunya',
      'Valencia',
      'Sevilla',
      'Seville, Spain',
      'Málaga',
      'Bilbao',
      'Zaragoza',
      'Murcia',
      'Alicante',
      'Granada',
      'España',
      'España 🇪🇸',
      'Spain',
      '🇪🇸',
      'Palma de Mallorca',
      'Vigo',
      'A Coruña',
    ],
  },
  {
    code: 'DE',
    utcOffsetHours: 1,
    dst: 'eu',
    share: 0.05,
    languages: [
      ['de', 0.92],
      ['en', 0.08],
    ],
    locatedShare: 0.6,
    locations: [
      'Berlin',
      'Berlin, Deutschland',
      'Hamburg',
      'München',
      'Munich, Germany',
      'Köln',
      'Cologne',
      'Frankfurt am Main',
      'Frankfurt',
      'Stuttgart',
      'Düsseldorf',
      'Leipzig',
      'Dresden',
      'Hannover',
      'Nürnberg',
      'Bremen',
      'Deutschland',
      'Germany',
      '🇩🇪',
      'NRW',
      'Ruhrpott',
      'Bayern',
    ],
  },
  {
    code: 'ID',
    utcOffsetHours: 7,
    dst: 'none',
    share: 0.07,
    languages: [
      ['id', 0.93],
      ['en', 0.07],
    ],
    locatedShare: 0.58,
    locations: [
      'Jakarta',
      'Jakarta, Indonesia',
      'DKI Jakarta',
      'Jakarta Selatan',
      'Bandung',
      'Surabaya',
      'Yogyakarta',
      'Jogja',
      'Semarang',
      'Medan',
      'Makassar',
      'Denpasar, Bali',
      'Bali',
      'Bekasi',
      'Tangerang',
      'Depok',
      'Malang',
      'Indonesia',
      'Indonesia 🇮🇩',
      '🇮🇩',
    ],
  },
  {
    code: 'NG',
    utcOffsetHours: 1,
    dst: 'none',
    share: 0.04,
    languages: [['en', 1]],
    locatedShare: 0.6,
    locations: [
      'Lagos',
      'Lagos, Nigeria',
      'Lekki, Lagos',
      'Ikeja',
      'Abuja',
      'Abuja, Nigeria',
      'Port Harcourt',
      'PH city',
      'Ibadan',
      'Kano',
      'Enugu',
      'Benin City',
      'Nigeria',
      'Nigeria 🇳🇬',
      '🇳🇬',
      'Owerri',
      'Kaduna',
    ],
  },
  {
    code: 'FR',
    utcOffsetHours: 1,
    dst: 'eu',
    share: 0.05,
    languages: [
      ['fr', 0.94],
      ['en', 0.06],
    ],
    locatedShare: 0.6,
    locations: [
      'Paris',
      'Paris, France',
      'Paris 🇫🇷',
      'Marseille',
      'Lyon',
      'Toulouse',
      'Nice',
      'Nantes',
      'Strasbourg',
      'Montpellier',
      'Bordeaux',
      'Lille',
      'Rennes',
      'Île-de-France',
      'France',
      'France 🇫🇷',
      '🇫🇷',
      'Banlieue parisienne',
      'Grenoble',
    ],
  },
  {
    code: 'MX',
    utcOffsetHours: -6,
    dst: 'none',
    share: 0.05,
    languages: [
      ['es', 0.96],
      ['en', 0.04],
    ],
    locatedShare: 0.6,
    locations: [
      'CDMX',
      'Ciudad de México',
      'Mexico City',
      'Guadalajara, Jalisco',
      'Guadalajara',
      'Monterrey',
      'Monterrey, NL',
      'Puebla',
      'Tijuana',
      'Mérida, Yucatán',
      'Querétaro',
      'León, Gto',
      'Cancún',
      'México',
      'México 🇲🇽',
      'Mexico',
      '🇲🇽',
      'Toluca',
    ],
  },
];

/** Profile locations that say nothing about a country (every country's authors write some). */
export const JUNK_LOCATIONS: readonly string[] = [
  'somewhere',
  'somewhere over the rainbow',
  'Earth',
  'the internet',
  'here',
  'home',
  'wherever the wifi is',
  'in my head',
  'Planet Earth 🌍',
  'she/her',
  'he/him',
  '🌍',
  '✨',
  'your heart ❤️',
  'Hogwarts',
  'Gotham',
  'on the road',
  'worldwide',
  'Asia',
  'Europe',
  '—',
  'moon 🌙',
  'DM for collabs',
  'cloud 9',
  'not here',
];

export const COUNTRY_BY_CODE: ReadonlyMap<CountryCode, Country> = new Map(COUNTRIES.map((c) => [c.code, c]));

export function country(code: CountryCode): Country {
  const found = COUNTRY_BY_CODE.get(code);
  if (!found) throw new Error(`unknown country ${code}`);
  return found;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The UTC time of the last Sunday of `month` (0-based) at `hourUtc`. */
function lastSunday(year: number, month: number, hourUtc: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return Date.UTC(year, month, lastDay.getUTCDate() - lastDay.getUTCDay(), hourUtc);
}

/** The UTC time of the `nth` Sunday of `month` at `hourUtc`. */
function nthSunday(year: number, month: number, nth: number, hourUtc: number): number {
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  return Date.UTC(year, month, 1 + ((7 - first) % 7) + 7 * (nth - 1), hourUtc);
}

const summerTimes = new Map<string, readonly [number, number]>();

/** Start and end (UTC ms) of summer time under `rule` in `year`, computed once per rule and year. */
function summerTime(rule: 'eu' | 'us', year: number): readonly [number, number] {
  const key = `${rule}${year}`;
  let found = summerTimes.get(key);
  if (!found) {
    found =
      rule === 'eu'
        ? [lastSunday(year, 2, 1), lastSunday(year, 9, 1)]
        : // US: second Sunday of March to first Sunday of November, 2 am local (≈ 7 am UTC on the east coast).
          [nthSunday(year, 2, 2, 7), nthSunday(year, 10, 1, 6)];
    summerTimes.set(key, found);
  }
  return found;
}

/** Offset from UTC in hours at time `ms`, summer time included. */
export function utcOffsetAt(c: Country, ms: number): number {
  if (c.dst === 'none') return c.utcOffsetHours;
  const [start, end] = summerTime(c.dst, new Date(ms).getUTCFullYear());
  return c.utcOffsetHours + (ms >= start && ms < end ? 1 : 0);
}

/** Local clock of a country at `ms`: hour as a fraction (0 ≤ h < 24) and day of week (0 = Sunday). */
export function localClock(c: Country, ms: number): { hour: number; weekday: number } {
  const local = ms + utcOffsetAt(c, ms) * HOUR;
  const dayStart = Math.floor(local / DAY) * DAY;
  return { hour: (local - dayStart) / HOUR, weekday: new Date(dayStart).getUTCDay() };
}

/**
 * Relative activity by local hour (mean ≈ 1): asleep 2–6 am, a morning rise, a lunch bump,
 * the evening peak 8–11 pm. Shaped after published hourly activity curves of social apps.
 */
const HOURLY_ACTIVITY = [
  0.55, 0.35, 0.22, 0.15, 0.13, 0.17, 0.35, 0.65, 0.95, 1.1, 1.15, 1.2, 1.3, 1.25, 1.15, 1.12, 1.15, 1.2, 1.35, 1.55, 1.7, 1.75, 1.5, 1.0,
];

/** Activity at a fractional local hour, linearly interpolated between the hourly points. */
export function hourlyActivity(hour: number): number {
  const h = Math.floor(hour) % 24;
  const frac = hour - Math.floor(hour);
  const a = HOURLY_ACTIVITY[h] as number;
  const b = HOURLY_ACTIVITY[(h + 1) % 24] as number;
  return a + (b - a) * frac;
}

/** Weekends are a little busier for chatter and start later in the morning. */
export function activity(c: Country, ms: number): number {
  const { hour, weekday } = localClock(c, ms);
  const weekend = weekday === 0 || weekday === 6;
  return weekend ? 1.08 * hourlyActivity(Math.max(0, hour - 1)) : hourlyActivity(hour);
}
