// One collator for every name sort: String#localeCompare builds its comparer on each call, too slow for a class.
const collator = new Intl.Collator(undefined, { numeric: true });

export const compareText = (a: string, b: string): number => collator.compare(a, b);
