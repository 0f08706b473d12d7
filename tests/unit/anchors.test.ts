import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageAnchor, messageAnchors } from '../../src/lib/urls';
import { entries } from '../support/site';

/**
 * Message anchors are published (`/errors/…/#msg-…`, links in tickets and elsewhere), so a fix to how they are made
 * may not move any of them. `previousAnchor` is the function as it was before accents were dropped (issue 18).
 */
function previousAnchor(text: string, index: number): string {
  const words = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const slug = words.slice(0, 48).replace(/-+$/, '');
  return slug ? `msg-${slug}` : `msg-${index + 1}`;
}

function previousAnchors(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((t, i) => {
    const base = previousAnchor(t, i);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

describe('message anchors of the real catalog', () => {
  const texts = entries.map((e) => ({ id: e.id, texts: e.data.messages.map((m) => m.text) }));

  it('has messages to check', () => {
    expect(texts.reduce((n, e) => n + e.texts.length, 0)).toBeGreaterThan(entries.length);
  });

  it('are all what they were before accents were dropped', () => {
    const moved: string[] = [];
    for (const { id, texts: list } of texts) {
      list.forEach((t, i) => {
        if (messageAnchor(t, i) !== previousAnchor(t, i)) moved.push(`${id}: ${JSON.stringify(t)}`);
      });
      expect(messageAnchors(list), id).toEqual(previousAnchors(list));
    }
    expect(moved).toEqual([]);
  });

  it('are not in the URL manifest, which lists pages and files only', () => {
    const urls = readFileSync('tests/urls/manifest.txt', 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('# '));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.includes('#'))).toEqual([]);
  });
});

describe('message anchors of accented Latin text', () => {
  it.each([
    ['Café überlastet', 'msg-cafe-uberlastet'],
    ['Ungültige Anfrage', 'msg-ungultige-anfrage'],
    ['Contraseña inválida', 'msg-contrasena-invalida'],
    ['Requête refusée : délai dépassé', 'msg-requete-refusee-delai-depasse'],
    ['Přístup odepřen', 'msg-pristup-odepren'],
    ['Şifre geçersiz', 'msg-sifre-gecersiz'],
    ['Ｆｕｌｌｗｉｄｔｈ ＡＰＩ', 'msg-fullwidth-api'],
    // Precomposed and decomposed spellings of the same text get the same anchor.
    ['Cafe\u0301 ü', 'msg-cafe-u'],
  ])('%j gives %s', (text, anchor) => {
    expect(messageAnchor(text, 0)).toBe(anchor);
  });

  it('still drops letters that do not decompose to ASCII, and falls back to the position without ASCII words', () => {
    expect(messageAnchor('Straße gesperrt', 0)).toBe('msg-stra-e-gesperrt');
    expect(messageAnchor('Øre', 0)).toBe('msg-re');
    expect(messageAnchor('ошибка сервера', 2)).toBe('msg-3');
    expect(messageAnchor('默认的客户端错误码', 0)).toBe('msg-1');
  });

  it('was wrong before: the accent split the word', () => {
    expect(previousAnchor('Café überlastet', 0)).toBe('msg-cafe-u-berlastet');
  });
});
