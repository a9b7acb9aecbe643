// The part of madge's API the import-cycle test uses (the package ships no types).
declare module 'madge' {
  interface MadgeResult {
    obj(): Record<string, string[]>;
    circular(): string[][];
  }
  export default function madge(path: string | string[], config?: object): Promise<MadgeResult>;
}
