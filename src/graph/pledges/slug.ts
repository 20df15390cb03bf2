/** ASCII slug: "São Paulo" -> "sao-paulo". City ids are slug(name) + "-" + alpha-2, e.g. "montreal-ca". */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function cityId(name: string, alpha2: string): string {
  return `${slug(name)}-${alpha2.toLowerCase()}`;
}
