import type { Random } from './prng';

/** Realistic, international display names for presets (Korean, Chinese, Arabic RTL, long ones). */
const GIVEN = [
  'Ana', 'Amara', 'Björn', 'Chloé', 'Diego', 'Emeka', 'Fatima', 'Hiroshi', 'Ingrid', 'João',
  'Kwame', 'Lena', 'Mateo', 'Nadia', 'Olu', 'Priya', 'Quentin', 'Rania', 'Sven', 'Thandiwe',
  'Uma', 'Víctor', 'Wei', 'Ximena', 'Yusuf', 'Zofia',
];
const FAMILY = [
  'Silva', 'Okafor', 'Lindqvist', 'Dubois', 'García', 'Mensah', 'Nakamura', 'Johansson', 'Costa',
  'Kowalski', 'Haddad', 'Patel', 'Moreau', 'Müller', 'Nguyen', 'Rossi', 'Schmidt', 'Tanaka',
];
// Interleaved so even a small team gets one of each script.
const WHOLE = [
  '김민준', '王芳', 'محمد العلي', 'Maximiliane Alexandra von Hohenzollern-Sigmaringen',
  '이서연', '李伟', 'فاطمة الزهراء', 'Oluwaseun Adebayo-Ogunleye Babatunde',
  '박지훈', '张静', 'يوسف حداد', '최수아', '陈晓明', 'ليلى منصور', '刘洋',
];

/** The name of member `i`: every seventh one is Korean, Chinese, Arabic or very long. */
export function memberName(i: number, random: Random): string {
  if (i % 7 === 3) return WHOLE[Math.floor(i / 7) % WHOLE.length] as string;
  return `${random.pick(GIVEN)} ${random.pick(FAMILY)}`;
}

/** A small inline SVG avatar (data URL): no network needed in stories or the demo. */
const avatars = new Map<number, string>();

export function avatarURL(i: number): string {
  const hue = (i * 47) % 360;
  const cached = avatars.get(hue);
  if (cached !== undefined) return cached;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="hsl(${hue} 60% 55%)"/></svg>`;
  const url = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  avatars.set(hue, url);
  return url;
}
