/**
 * Which language an answer is written in, from the request's `Accept-Language` (RFC 9110 §12.5.4), as Okta
 * picks the language of its IDX messages. Ranges are tried by q-value (ties keep the header's order); a range
 * matches a language by its primary subtag (`fr-CA` → `fr`), `*` and anything unsupported fall through, and
 * English is the answer when nothing matches. `q=0` means "not this one".
 */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'ja', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

const isLanguage = (tag: string): tag is Language => (LANGUAGES as readonly string[]).includes(tag);

interface Range {
  tag: string;
  q: number;
  order: number;
}

function parseRanges(header: string): Range[] {
  const ranges: Range[] = [];
  header.split(',').forEach((part, order) => {
    const [rawTag, ...params] = part.split(';');
    const tag = rawTag.trim().toLowerCase();
    if (!tag) return;
    let q = 1;
    for (const param of params) {
      const [name, value] = param.split('=').map((s) => s.trim().toLowerCase());
      // A malformed weight drops the range rather than guessing what the client meant.
      if (name === 'q') q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value ?? '') ? Number(value) : -1;
    }
    if (q > 0) ranges.push({ tag, q, order });
  });
  return ranges.sort((a, b) => b.q - a.q || a.order - b.order);
}

export function negotiateLanguage(header: string | null | undefined): Language {
  if (!header) return 'en';
  for (const { tag } of parseRanges(header)) {
    const primary = tag.split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}
