export function hermeticEnv(extra?: Record<string, string>): Record<string, string | undefined>;
export function ensureHost(): { node: string; entry: string };
