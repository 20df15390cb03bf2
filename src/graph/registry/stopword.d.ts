// stopword 3 ships no types; these are the three lists the suggestions use.
declare module 'stopword' {
  export const eng: string[];
  export const fra: string[];
  export const spa: string[];
}
