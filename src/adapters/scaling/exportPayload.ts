import type { ExportMessage } from '../../core/protocol/scalingCharts';

/** The eight bytes every PNG file starts with. */
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The bytes to write for an export request, or undefined when the request does not hold what it
 * claims (wrong extension, not base64, not a PNG). The page is trusted no further than this.
 */
export function exportBytes(message: ExportMessage): Uint8Array | undefined {
  if (!message.filename.toLowerCase().endsWith(`.${message.format}`)) return undefined;
  if (message.format === 'csv') return new TextEncoder().encode(message.data);
  if (message.data.length % 4 !== 0 || !BASE64.test(message.data)) return undefined;
  const binary = atob(message.data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return PNG_SIGNATURE.every((b, i) => bytes[i] === b) ? bytes : undefined;
}
