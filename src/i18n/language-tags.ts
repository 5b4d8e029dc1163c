/**
 * Which catalogue serves a language tag, given the tags there are catalogues for (lower case): the tag itself
 * (`pt-br`), then Chinese by script (`zh-TW`, `zh-HK`, `zh-Hant-…` → `zh-hant`; any other `zh` → `zh-hans`),
 * then the tag with its last subtags dropped (`pt-br` → `pt`, `de-ch` → `de`). None: English.
 */
export function resolveLanguage(lang: string, has: (tag: string) => boolean): string | undefined {
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  const parts = tag.split('-');
  const candidates = [tag];
  if (parts[0] === 'zh') {
    const traditional = parts.some((part) => part === 'hant' || part === 'tw' || part === 'hk' || part === 'mo');
    candidates.push(traditional ? 'zh-hant' : 'zh-hans');
  }
  for (let end = parts.length - 1; end > 0; end--) candidates.push(parts.slice(0, end).join('-'));
  return candidates.find(has);
}
