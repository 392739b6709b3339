import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { socialImage, titleFontSize } from '../../lib/seo/social-image';

/** The width and height in a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('social cards', () => {
  it('render a 1200×630 PNG, even for an accented title far too long for the card', async () => {
    const response = await socialImage({
      lang: 'pt-BR',
      title: `Integração assíncrona: ${'ação, coração e exceção '.repeat(12)}Supercalifragilisticexpialidocious`,
      kicker: 'Parte 12 de 15 · Kafka do começo',
      siteName: 'Notas de Integração',
      date: '31 de dezembro de 2023',
    });
    assert.equal(response.headers.get('content-type'), 'image/png');
    assert.deepEqual(pngSize(Buffer.from(await response.arrayBuffer())), { width: 1200, height: 630 });
  });

  it('set longer titles in smaller type', () => {
    const sizes = [10, 60, 100, 200].map((length) => titleFontSize('x'.repeat(length)));
    assert.deepEqual(
      [...sizes].sort((a, b) => b - a),
      sizes,
    );
    assert.ok(sizes[0]! > sizes[3]!);
  });
});
