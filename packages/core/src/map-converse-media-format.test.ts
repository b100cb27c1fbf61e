import { describe, expect, it } from 'vitest';
import { mapConverseMediaFormat } from './map-converse-media-format';

describe('mapConverseMediaFormat', () => {
  it('reads the format from the media type, ignoring case and parameters', () => {
    expect(mapConverseMediaFormat('image', 'Image/JPEG; q=1')).toBe('jpeg');
    expect(mapConverseMediaFormat('document', 'text/plain')).toBe('txt');
  });
  it('has no format for what Converse cannot carry, prototype keys included', () => {
    expect(mapConverseMediaFormat('image', 'image/bmp')).toBeUndefined();
    expect(mapConverseMediaFormat('document', 'constructor')).toBeUndefined();
    expect(mapConverseMediaFormat('image', '__proto__')).toBeUndefined();
  });
});
