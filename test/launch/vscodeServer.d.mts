import type { Browser, BrowserContext, Page } from 'playwright-core';

export const repoRoot: string;
export const CHROMIUM: string;

export interface OfflineServer {
  port: number;
  base: string;
  userDataDir: string;
  url(options?: { folder?: string; extensionPath?: string; extensionTestsPath?: string }): string;
  stop(): Promise<void>;
}

export function startServer(options?: { settings?: Record<string, unknown>; env?: Record<string, string>; log?: boolean }): Promise<OfflineServer>;
export function launchBrowser(): Promise<Browser>;
export function openWorkbench(
  browser: Browser,
  url: string,
  options?: { onLog?: (type: string, args: unknown[]) => void; viewport?: { width: number; height: number } },
): Promise<{ page: Page; context: BrowserContext; exited: Promise<number> }>;
