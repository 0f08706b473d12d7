import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../scripts/content';
import { extract } from '../../src/lib/lookup/extract';
import { buildLookupIndex, lookup, lookupVendors, type LookupResult } from '../../src/lib/lookup/index';
import { codeKey, identifierWords, normalize, squash } from '../../src/lib/lookup/normalize';
import { compileTemplate, matchWhole, matchWithin } from '../../src/lib/lookup/templates';
import { errorUrl } from '../../src/lib/urls';

/**
 * The lookup layer against the real catalog (content/), with inputs written from the vendor sources, plus small
 * synthetic checks of the pieces. The search-quality suite in tests/search/queries.yaml runs here too.
 */

const root = fileURLToPath(new URL('../../content', import.meta.url));
const catalog = loadCatalog(root);
const index = buildLookupIndex(catalog.entries, lookupVendors(catalog.vendors));

const ask = (query: string): LookupResult => lookup(index, query);
const first = (query: string) => ask(query).results[0];
const exactIds = (query: string) =>
  ask(query)
    .results.filter((r) => r.match === 'exact')
    .map((r) => r.id);

describe('the catalog the tests read', () => {
  it('loads without problems, so the lookup tests see every entry', () => {
    expect(catalog.problems).toEqual([]);
    expect(index.entries.length).toBe(catalog.entries.length);
  });
});

describe('identifiers alone', () => {
  it.each([
    ['40000004', 'alibaba-nls/code/40000004'],
    ['QUOTA_EXCEEDED', 'scriptix/code/QUOTA_EXCEEDED'],
    ['ClientHasNoMoreMinutes', 'elsa-speak/code/ClientHasNoMoreMinutes'],
    ['audio_too_short', 'elevenlabs/code/audio_too_short'],
    ['AUDIO_TOO_SHORT', 'amplifier-health/code/AUDIO_TOO_SHORT'],
    ['what does 40020106 mean', 'alibaba-nls/code/40020106'],
  ])('%s finds %s first, as exact', (query, id) => {
    expect(first(query)).toMatchObject({ id, match: 'exact' });
  });

  it.each([
    ['UNSUPPORTED_FORMAT', ['amplifier-health/code/UNSUPPORTED_FORMAT', 'scriptix/code/UNSUPPORTED_FORMAT']],
    ['RATE_LIMIT_EXCEEDED', ['amplifier-health/code/RATE_LIMIT_EXCEEDED', 'scriptix/code/RATE_LIMIT_EXCEEDED']],
    ['InvalidArgument', ['azure-speech/code/InvalidArgument', 'gladia/event/InvalidArgument']],
  ])('%s alone, an identifier of several vendors, lists each first as likely, none as exact', (query, ids) => {
    const top = ask(query).results.slice(0, ids.length);
    expect(top.map((r) => r.id).sort()).toEqual(ids);
    expect(top.map((r) => r.match)).toEqual(ids.map(() => 'likely'));
    expect(top[0]!.reason).toMatch(/all use this identifier: name the vendor to tell them apart\.$/);
  });

  it.each([
    ['scriptix RATE_LIMIT_EXCEEDED', 'scriptix/code/RATE_LIMIT_EXCEEDED'],
    [
      '{"error_code": "UNSUPPORTED_FORMAT", "error": "Unsupported Media Type", "message": "x"}',
      'scriptix/code/UNSUPPORTED_FORMAT',
    ],
  ])('%s: the vendor named or its body shape makes the shared identifier exact again', (query, id) => {
    expect(first(query)).toMatchObject({ id, match: 'exact' });
  });

  it.each([
    ['GRPC_ERROR:Grpc error!', ['alibaba-nls/code/50000000', 'alibaba-nls/code/50000001', 'alibaba-nls/code/52010001']],
    // One AWS name, two APIs; the (undocumented) message cannot say which.
    [
      'AWS Transcribe BadRequestException: Your request timed out because no new audio was received for 15 seconds.',
      ['aws-transcribe/code/BadRequestException--batch', 'aws-transcribe/code/BadRequestException--streaming'],
    ],
  ])('%s, shared by several entries, lists every one of them as exact', (query, ids) => {
    expect(exactIds(query).sort()).toEqual(ids);
  });

  it('lists all six Agora codes that share the start-failure message', () => {
    const ids = exactIds('Internal server error when calling start.');
    expect(ids.sort()).toEqual(['1', '23', '501', '502', '504', '6'].map((c) => `agora-stt/code/${c}`).sort());
  });

  it('narrows a status to the vendor named beside it', () => {
    const result = ask('agora 409');
    expect(result.vendorHint).toBe('agora-stt');
    expect(result.results[0]).toMatchObject({ id: 'agora-stt/http/409', match: 'exact' });
    expect(result.results.filter((r) => r.vendor !== 'agora-stt').every((r) => r.match !== 'exact')).toBe(true);
  });

  it('reads scriptix 402 as Scriptix HTTP 402 and lists its quota codes after it', () => {
    const result = ask('scriptix 402');
    expect(result.results[0]).toMatchObject({ id: 'scriptix/http/402', match: 'exact' });
    expect(result.results.slice(1, 4).map((r) => r.id)).toContain('scriptix/code/QUOTA_EXCEEDED');
  });

  it('lists both meanings of agora 404, the body code and the HTTP status', () => {
    expect(exactIds('agora 404').sort()).toEqual(['agora-stt/code/404', 'agora-stt/http/404']);
  });

  it('does not call a bare 404 exact, because three vendors document it', () => {
    const result = ask('404');
    expect(result.results.length).toBeGreaterThan(2);
    expect(result.results.some((r) => r.match === 'exact')).toBe(false);
  });

  it.each(['aliyun', '阿里云', 'Alibaba Cloud'])('recognises %s as the Alibaba vendor', (query) => {
    expect(ask(query)).toMatchObject({ vendorHint: 'alibaba-nls', results: [], terms: [] });
  });
});

describe('SDK descriptions', () => {
  // A docstring or code comment is quoted on the page but never printed, so it is no message a paste can match.
  const described = catalog.entries.flatMap((e) =>
    e.data.messages.filter((m) => m.kind === 'description').map((m) => ({ id: e.id, text: m.text })),
  );

  it('are in the catalog, and no pasted description is answered as an exact message of its entry', () => {
    expect(described.length).toBeGreaterThan(0);
    for (const { id, text } of described) expect(exactIds(text), text).not.toContain(id);
  });
});

describe('messages with their placeholders filled', () => {
  it.each([
    ['Invalid session token: 5974b32c…', 'elsa-speak/code/InvalidSessionToken'],
    ["The token 'fdf' is invalid!", 'alibaba-nls/code/40000001'],
    ["Too many items for 'vocabulary'!(201)", 'alibaba-nls/code/40010003'],
    ['Too many requests. Please try again in 37 seconds.', 'scriptix/code/RATE_LIMIT_EXCEEDED'],
    ['User 88213 does not have access for this API', 'elsa-speak/code/ClientDoesNotHaveAccess'],
    ['The task has been started, current status is STARTED, taskId is 7d0e', 'agora-stt/message/task-already-started'],
  ])('%s finds %s as exact', (query, id) => {
    expect(first(query)).toMatchObject({ id, match: 'exact' });
  });

  it('shows the catalog message that matched, not the pasted one', () => {
    expect(first("The token 'fdf' is invalid!")?.message).toBe("The token 'xxx' is invalid");
  });
});

describe('JSON bodies, headers and log lines', () => {
  it('reads the code and status text out of an Alibaba TaskFailed header', () => {
    const body =
      '{"header":{"namespace":"Default","name":"TaskFailed","status":40000004,"message_id":"0f8d6a2c54e34b7a9c1e27d35b6f4a81","task_id":"5ec521b5aa104e3abccf3d361822****","status_text":"Gateway:IDLE_TIMEOUT:Websocket session is idle for too long time"}}';
    const result = ask(body);
    expect(result.vendorHint).toBe('alibaba-nls');
    expect(result.results[0]).toMatchObject({ id: 'alibaba-nls/code/40000004', match: 'exact' });
  });

  it('reads the status of an Alibaba RESTful body', () => {
    const body =
      '{"task_id":"cf7b0c5339244ee29cd4e43fb97f****","result":"","status":41010105,"message":"SILENT_SPEECH"}';
    expect(first(body)).toMatchObject({ id: 'alibaba-nls/code/41010105', match: 'exact' });
  });

  it("reads Agora's code and reason envelope", () => {
    const result = ask('{"code": 2, "reason": "Acquire: invalid resourceExpiredHour value!"}');
    expect(result.vendorHint).toBe('agora-stt');
    expect(result.results[0]).toMatchObject({ id: 'agora-stt/code/2', match: 'exact' });
  });

  it('lets a body code pick one of the Agora codes that share a message, and keeps the others below it', () => {
    const result = ask('{"code": 504, "reason": "Internal server error when calling start."}');
    expect(result.results[0]).toMatchObject({ id: 'agora-stt/code/504', match: 'exact' });
    expect(result.results.find((r) => r.id === 'agora-stt/code/501')?.match).toBe('likely');
  });

  it("reads Agora's message-only envelope under a 401 status line", () => {
    const paste = 'HTTP/1.1 401 Unauthorized\n\n{"message": "Invalid authentication credentials"}';
    expect(first(paste)?.id).toBe('agora-stt/http/401');
  });

  it('decides UNSUPPORTED_FORMAT by the Scriptix envelope (error_code)', () => {
    const body =
      '{"error": "Bad Request", "message": "Unsupported audio format", "error_code": "UNSUPPORTED_FORMAT", "details": {"supported_formats": ["mp3", "wav"]}}';
    const result = ask(body);
    expect(result.vendorHint).toBe('scriptix');
    expect(result.results[0]).toMatchObject({ id: 'scriptix/code/UNSUPPORTED_FORMAT', match: 'exact' });
    expect(result.results.find((r) => r.id === 'amplifier-health/code/UNSUPPORTED_FORMAT')?.match).toBe('likely');
  });

  it('decides UNSUPPORTED_FORMAT by the Amplifier Health envelope (code and status)', () => {
    const result = ask('{"code": "UNSUPPORTED_FORMAT", "message": "Audio format is not supported.", "status": 400}');
    expect(result.vendorHint).toBe('amplifier-health');
    expect(result.results[0]).toMatchObject({ id: 'amplifier-health/code/UNSUPPORTED_FORMAT', match: 'exact' });
    expect(result.results.find((r) => r.id === 'scriptix/code/UNSUPPORTED_FORMAT')?.match).toBe('likely');
  });

  it('decides RATE_LIMIT_EXCEEDED by headers and envelope in a whole HTTP response', () => {
    const scriptix = [
      'HTTP/1.1 429 Too Many Requests',
      'Retry-After: 37',
      'X-Request-ID: 8f14e45f-ceea-467f-a0e6-1234567890ab',
      '',
      '{"error": "Rate Limit Exceeded", "message": "Too many requests. Please try again in 37 seconds.", "error_code": "RATE_LIMIT_EXCEEDED", "retry_after": 37}',
    ].join('\n');
    const amplifier =
      'HTTP/2 429\nx-account-id: acc_93f1\n\n{"code": "RATE_LIMIT_EXCEEDED", "message": "Rate limit reached.", "status": 429}';
    expect(first(scriptix)).toMatchObject({ id: 'scriptix/code/RATE_LIMIT_EXCEEDED', match: 'exact' });
    expect(first(amplifier)).toMatchObject({ id: 'amplifier-health/code/RATE_LIMIT_EXCEEDED', match: 'exact' });
  });

  it('uses the X-NLS-Token header to tie a bare 403 to Alibaba', () => {
    const result = ask('POST /stream/v1/asr HTTP/1.1\nX-NLS-Token: 4a1f\n\nHTTP/1.1 403 Forbidden');
    expect(result.results[0]).toMatchObject({ id: 'alibaba-nls/http/403', match: 'exact' });
  });

  it('ignores the timestamp, level and logger of an Alibaba SDK log line', () => {
    const line =
      '2026-11-23 10:15:02,331 ERROR [nls-sdk] onTaskFailed: status=40000005 status_text="Gateway:TOO_MANY_REQUESTS:Too many requests!" task_id=8a2b9c';
    expect(first(line)).toMatchObject({ id: 'alibaba-nls/code/40000005', match: 'exact' });
  });

  it('finds the exception in a Python traceback from an ELSA client', () => {
    const trace = [
      'Traceback (most recent call last):',
      '  File "score.py", line 41, in <module>',
      '    result = client.assess(audio_url)',
      'elsa.exceptions.ClientIsNotActive: Client with 84213 is not active',
    ].join('\n');
    expect(first(trace)).toMatchObject({ id: 'elsa-speak/code/ClientIsNotActive', match: 'exact' });
  });

  it('reads a body cut off in the middle', () => {
    const cut =
      '{"error": "Payload Too Large", "message": "Audio file exceeds maximum size", "error_code": "FILE_TOO_LA';
    expect(first(cut)?.id).toBe('scriptix/code/FILE_TOO_LARGE');
  });

  it('reads a body printed as a Python dict', () => {
    const dict =
      "{'code': 'AUDIO_TOO_LONG', 'message': 'Recording exceeds the 20-minute (1200-second) maximum.', 'status': 400}";
    expect(first(dict)).toMatchObject({ id: 'amplifier-health/code/AUDIO_TOO_LONG', match: 'exact' });
  });

  it('reads a validation body that has no error_code', () => {
    const body =
      '{"error": "Validation Error", "message": "Invalid field values", "details": {"language": "Language \'xx\' is not supported"}}';
    expect(first(body)).toMatchObject({ id: 'scriptix/message/invalid-field-values', match: 'exact' });
  });
});

describe('case, spacing, punctuation and quotes', () => {
  it.each([
    ['too large wav header', 'alibaba-nls/code/40000009'],
    ['IDLE_TIMEOUT', 'alibaba-nls/code/40000004'],
    ['idle timeout', 'alibaba-nls/code/40000004'],
    ['only 16khz mono wav, flac or ogg-opus allowed', 'elsa-speak/code/InvalidAudioFormat'],
    ['ＱＵＯＴＡ＿ＥＸＣＥＥＤＥＤ', 'scriptix/code/QUOTA_EXCEEDED'],
  ])('%s finds %s first', (query, id) => {
    expect(first(query)?.id).toBe(id);
  });

  it('matches a message whether its apostrophe is curly or straight', () => {
    const straight =
      "An unexpected error occurred while processing the audio. Please check if the audio is valid and it's not corrupted.";
    const curly = straight.replace("'", '\u2019');
    expect(first(straight)).toMatchObject({ id: 'elsa-speak/code/FailedToUseAudio', match: 'exact' });
    expect(first(curly)).toMatchObject({ id: 'elsa-speak/code/FailedToUseAudio', match: 'exact' });
  });

  it('matches 40010002 written with its spaces removed, as the source prints it, and with them, as the API does', () => {
    const spaceless = "Gateway:DIRECTIVE_NOT_SUPPORTED:Directive'SpeechRecognizer.EnhanceRecognition'isnotsupported!";
    const spaced = "Gateway:DIRECTIVE_NOT_SUPPORTED:Directive 'SpeechRecognizer.EnhanceRecognition' is not supported!";
    const mixed = "directive 'SpeechRecognizer.EnhanceRecognition' isnot supported";
    for (const query of [spaceless, spaced, mixed]) {
      expect(first(query)).toMatchObject({ id: 'alibaba-nls/code/40010002', match: 'exact' });
    }
  });
});

describe('Chinese', () => {
  it.each([
    ['纯静音数据', 'alibaba-nls/code/41010105'],
    ['并发请求过多', 'alibaba-nls/code/40000005'],
    ['Appkey和Token并非同一个账号', 'alibaba-nls/code/40020106'],
  ])('%s finds %s through its Chinese alias', (query, id) => {
    expect(first(query)?.id).toBe(id);
  });

  it('separates the product name, the word for "error" and the code in 智能语音交互报错40000004', () => {
    const result = ask('智能语音交互报错40000004');
    expect(result.vendorHint).toBe('alibaba-nls');
    expect(result.results[0]).toMatchObject({ id: 'alibaba-nls/code/40000004', match: 'exact' });
  });
});

describe('honesty: near misses are never exact', () => {
  it.each([
    ['The Token is invalid', 'another product; the Alibaba template has a token value in the middle'],
    ['Deepgram: idle timeout, closing websocket', 'a vendor outside the catalog'],
    ['{"error": "idle_timeout", "description": "No audio received for 30 seconds"}', 'an unknown envelope'],
    ['scriptix AUDIO_TOO_SHORT', "Amplifier Health's code under Scriptix's name"],
    [
      '{"error": "Bad Request", "message": "Audio too short", "error_code": "AUDIO_TOO_SHORT"}',
      'a Scriptix body with an Amplifier code',
    ],
    ['Websocket session is idle', 'part of a message'],
    ['Too many requests', 'generic wording'],
    ['HTTP/1.1 401 Unauthorized', 'a status line with no vendor'],
    ['{"status": 50000099, "status_text": "GRPC_ERROR:Grpc error!"}', "a message whose body code is not the message's"],
    ['Invalid session token', 'a template without the value its placeholder needs'],
    ["The token 'abc' has been revoked", 'a different verb than either Alibaba template'],
  ])('%s is not exact (%s)', (query) => {
    expect(exactIds(query)).toEqual([]);
  });

  it('still shows the Alibaba entry for another vendor\u2019s idle timeout, but only as related', () => {
    expect(first('Deepgram: idle timeout, closing websocket')).toMatchObject({
      id: 'alibaba-nls/code/40000004',
      match: 'related',
    });
  });

  it('says an undocumented Alibaba-shaped code is unknown and client-side', () => {
    const result = ask('40000099');
    expect(result.unknownCode).toMatchObject({ vendor: 'alibaba-nls', code: '40000099' });
    expect(result.unknownCode?.inference).toMatch(/client-side/);
  });

  it('says an undocumented 5xxxxxxx code is server-side', () => {
    expect(ask('error 52010099').unknownCode?.inference).toMatch(/server-side/);
  });

  it('says a code is not documented for the vendor named, and where it is documented', () => {
    const result = ask('elsa 40000004');
    expect(result.unknownCode).toMatchObject({ vendor: 'elsa-speak', code: '40000004' });
    expect(result.unknownCode?.inference).toMatch(/Alibaba/);
    expect(result.results[0]).toMatchObject({ id: 'alibaba-nls/code/40000004', match: 'likely' });
  });

  it('reads an undocumented status by its HTTP class', () => {
    const result = ask('HTTP/1.1 418 I am a teapot');
    expect(result.unknownCode?.code).toBe('418');
    expect(result.unknownCode?.inference).toMatch(/4xx/);
  });

  it('reports an undocumented Agora body code with the vendor its envelope shows', () => {
    expect(ask('{"code": 65, "reason": "request not completed"}').unknownCode).toMatchObject({
      vendor: 'agora-stt',
      code: '65',
    });
  });
});

describe('results and terms', () => {
  it('gives each result the URL the site publishes for it', () => {
    const hit = first('QUOTA_EXCEEDED')!;
    expect(hit.url).toBe(errorUrl({ vendor: 'scriptix', namespace: 'code', slug: 'QUOTA_EXCEEDED' }));
    expect(hit.reason.length).toBeGreaterThan(10);
  });

  it('leaves the unresolved words for full-text search, without vendor names or filler', () => {
    expect(ask('agora what does transcoding stall mean').terms).toEqual(['transcoding', 'stall']);
  });

  it('leaves out the identifier it resolved', () => {
    expect(ask('40000004').terms).toEqual([]);
  });

  it('keeps results in order of certainty', () => {
    const order = ask('Too many requests').results.map((r) => ['exact', 'likely', 'related'].indexOf(r.match));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('honours the result limit', () => {
    expect(lookup(index, 'gateway', { limit: 2 }).results.length).toBeLessThanOrEqual(2);
  });

  it('survives a JSON round trip of the index with the same answers', () => {
    const copy = JSON.parse(JSON.stringify(index)) as typeof index;
    expect(lookup(copy, 'The token ’fdf’ is invalid!')).toEqual(ask('The token ’fdf’ is invalid!'));
  });

  it('keeps the index small: well under a kilobyte per entry', () => {
    const bytes = JSON.stringify(index).length;
    console.log(`lookup index: ${bytes} bytes for ${index.entries.length} entries`);
    // A search page loads the whole index as one file up to WHOLE_MAX (600) entries.
    expect(bytes / index.entries.length).toBeLessThan(600);
  });
});

describe('normalize', () => {
  it('folds width, case, quotes and punctuation', () => {
    expect(normalize('“Ｔｈｅ  token ‘XXX’ is INVALID!”')).toBe('the token xxx is invalid');
  });

  it('sets Chinese apart from digits and Latin words', () => {
    expect(normalize('报错40000004，Token过期')).toBe('报错 40000004 token 过期');
  });

  it('drops emoji and markup characters', () => {
    expect(normalize('🔥 <b>idle</b> 😀')).toBe('b idle b');
  });

  it('squashes spaces away', () => {
    expect(squash(normalize('is not supported'))).toBe('isnotsupported');
  });

  it('gives one key to an identifier however it is written', () => {
    expect(new Set(['AUDIO_TOO_SHORT', 'audio-too-short', 'AudioTooShort'].map(codeKey)).size).toBe(1);
    expect(identifierWords('ASRSocketTimeout')).toBe('asr socket timeout');
  });
});

describe('templates', () => {
  const [whole, ...suffixes] = compileTemplate("Gateway:DIRECTIVE_INVALID:Too many items for ‘vocabulary'!(173)", [
    '173',
  ]);

  it('turns placeholders into holes and keeps the literal parts', () => {
    expect(whole!.p).toEqual(['gateway directive invalid too many items for vocabulary ', '']);
    expect(suffixes.map((f) => f.p[0])).toEqual([
      'directive invalid too many items for vocabulary ',
      'too many items for vocabulary ',
    ]);
  });

  it('needs every hole filled with something', () => {
    const [form] = compileTemplate("The token 'xxx' is invalid", ["'xxx'"]);
    expect(matchWhole(form!.p, 'the token abc is invalid')).toBe(true);
    expect(matchWhole(form!.p, 'the token is invalid')).toBe(false);
  });

  it('treats regular-expression characters in a message as plain text', () => {
    const [form] = compileTemplate('Value (a+b)* is $bad [x] {v}', ['{v}']);
    expect(matchWhole(form!.p, normalize('value a b is bad x 42'))).toBe(true);
    expect(matchWhole(form!.p, normalize('value anything 42'))).toBe(false);
    expect(ask('.*').results).toEqual([]);
  });

  it('matches inside text only at word boundaries', () => {
    expect(matchWithin(['ok'], 'the token expired')).toBe(false);
    expect(matchWithin(['ok'], 'all ok here')).toBe(true);
  });

  it('marks short generic messages as not distinctive and placeholders with words as distinctive', () => {
    expect(compileTemplate('Forbidden', [])[0]!.d).toBe(false);
    expect(compileTemplate('Invalid session token: {token}', ['{token}'])[0]!.d).toBe(true);
  });
});

describe('extract', () => {
  it('parses a JSON tail after a log prefix and reads the prefix fields too', () => {
    const x = extract('ts=1732356902 level=error code=E42 body={"status": 40000004, "status_text": "x"}');
    expect(x.parsedJson).toBe(true);
    expect(x.fields.map((f) => `${f.key}=${f.value}`)).toEqual(expect.arrayContaining(['status=40000004', 'code=E42']));
  });

  it('reads status lines, reason phrases, headers and hosts', () => {
    const x = extract(
      'HTTP/1.1 429 Too Many Requests\nRetry-After: 37\nX-Request-ID: abc\nPOST https://api.scriptix.io/v3/speech',
    );
    expect(x.statuses).toEqual([429]);
    expect(x.headers).toEqual(expect.arrayContaining(['retry-after', 'x-request-id']));
    expect(x.hosts).toContain('api.scriptix.io');
    expect(extract('got 503 service unavailable').statuses).toEqual([503]);
  });

  it('strips timestamps, UUIDs, long ids and URLs from the cleaned text', () => {
    const x = extract(
      '2026-11-23T10:15:02.331Z 8f14e45f-ceea-467f-a0e6-1234567890ab 1732356902331 https://x.io/a?b=1 SILENT_SPEECH',
    );
    expect(x.cleaned).toBe('silent speech');
  });

  it('keeps identifier-shaped tokens and skips ordinary words', () => {
    const values = extract(
      'failed with QUOTA_EXCEEDED after ClientHasNoMoreMinutes and 40000004 or retry 2',
    ).tokens.map((t) => t.value);
    expect(values).toEqual(['QUOTA_EXCEEDED', 'ClientHasNoMoreMinutes', '40000004']);
  });
});

describe('any input is safe', () => {
  const huge: Record<string, string> = {
    'repeated letters': 'a'.repeat(100_000),
    'unterminated quotes and backslashes': '"\\'.repeat(50_000),
    'key-colon pairs': 'a:'.repeat(50_000),
    'an unterminated JSON string': `{"message": "${'x '.repeat(50_000)}`,
    'deeply nested brackets': '['.repeat(50_000) + ']'.repeat(50_000),
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is a regex's metacharacters, not a template
    'regex metacharacters': '.*+?^${}()|[]\\'.repeat(7_000),
    'repeated log lines': '2026-11-23T10:00:00Z ERROR status=40000004 status_text="Gateway:IDLE_TIMEOUT:x"\n'.repeat(
      1_300,
    ),
    'a repeated template prefix': "The token '".repeat(10_000),
  };

  it.each(Object.entries(huge))('answers 100 KB of %s quickly', (_, input) => {
    const start = performance.now();
    const result = lookup(index, input);
    expect(performance.now() - start).toBeLessThan(1_500);
    expect(Array.isArray(result.results)).toBe(true);
  });

  it('reads only the first part of a huge paste', () => {
    const found = (input: string) => lookup(index, input).results.some((r) => r.id === 'alibaba-nls/code/40000004');
    expect(found(`${'lorem '.repeat(10_000)} 40000004`)).toBe(false);
    expect(found(`${'lorem '.repeat(10)} 40000004`)).toBe(true);
  });

  it('strips script tags and still finds the code inside', () => {
    expect(first('<script>alert("x")</script><b>QUOTA_EXCEEDED</b>')?.id).toBe('scriptix/code/QUOTA_EXCEEDED');
  });

  it('ignores emoji around an identifier', () => {
    expect(first('🔥🔥 ClientHasNoMoreMinutes 😭')?.id).toBe('elsa-speak/code/ClientHasNoMoreMinutes');
  });

  it.each(['', '   ', '\n\t', '""', '{}', '[]', '😀'])('returns nothing for the empty input %j', (input) => {
    expect(lookup(index, input)).toEqual({ results: [], terms: [] });
  });

  it('does not throw when a caller passes something that is not a string', () => {
    expect(lookup(index, undefined as unknown as string)).toEqual({ results: [], terms: [] });
  });
});

interface SuiteCase {
  query: string;
  expect?: string;
  expectNotExact?: boolean;
  why?: string;
}

describe('the search-quality suite (tests/search/queries.yaml)', () => {
  const suite = load(
    readFileSync(fileURLToPath(new URL('../search/queries.yaml', import.meta.url)), 'utf8'),
  ) as SuiteCase[];
  const positives = suite.filter((c) => c.expect);
  const negatives = suite.filter((c) => c.expectNotExact);

  it('is large enough to mean something and names only real entries', () => {
    expect(positives.length).toBeGreaterThanOrEqual(60);
    expect(negatives.length).toBeGreaterThanOrEqual(10);
    const ids = new Set(index.entries.map((e) => e.id));
    expect(positives.filter((c) => !ids.has(c.expect!)).map((c) => c.expect)).toEqual([]);
    expect(negatives.filter((c) => !c.why).map((c) => c.query)).toEqual([]);
  });

  it('puts the expected entry first for at least 95% of the positive queries', () => {
    const misses = positives
      .map((c) => ({ c, got: lookup(index, c.query).results[0]?.id }))
      .filter(({ c, got }) => got !== c.expect)
      .map(({ c, got }) => `${c.query.slice(0, 80)} -> ${got ?? 'nothing'} (expected ${c.expect})`);
    const rate = (positives.length - misses.length) / positives.length;
    console.log(
      `queries.yaml: ${positives.length - misses.length}/${positives.length} positives first (${(rate * 100).toFixed(1)}%)`,
    );
    if (misses.length) console.log(misses.join('\n'));
    expect(rate).toBeGreaterThanOrEqual(0.95);
  });

  it('labels no near-miss query exact', () => {
    const wrong = negatives
      .map((c) => ({
        c,
        exact: lookup(index, c.query)
          .results.filter((r) => r.match === 'exact')
          .map((r) => r.id),
      }))
      .filter(({ exact }) => exact.length > 0)
      .map(({ c, exact }) => `${c.query.slice(0, 80)} -> ${exact.join(', ')}`);
    console.log(`queries.yaml: ${negatives.length - wrong.length}/${negatives.length} near misses not exact`);
    expect(wrong).toEqual([]);
  });
});

describe('real-paste classes that used to land elsewhere', () => {
  it.each([
    // A vendor's own code field outranks the generic status beside it.
    [
      '{"error_code": 40000001, "status": 400, "error_message": "Gateway:ACCESS_DENIED"}',
      'alibaba-nls/code/40000001',
      'exact',
    ],
    // An operation word between the vendor and "error code N".
    ['agora start error code 1001', 'agora-stt/code/1001', 'exact'],
    ['Agora stop task error code 404', 'agora-stt/code/404', 'exact'],
    // The vendor's API URL is its evidence.
    [
      'POST https://api.agora.io/v1/projects/3f2a/rtsc/speech-to-text/builderTokens returned 409 Conflict',
      'agora-stt/http/409',
      'exact',
    ],
  ])('%s finds %s first, as %s', (query, id, match) => {
    expect(first(query)).toMatchObject({ id, match });
  });

  it('reads the direction of a limit: "under" and "shorter than" never find the too-long entry first', () => {
    for (const q of ['the audio is under 15 seconds', 'recording shorter than 1 second']) {
      expect(first(q)?.id, q).toBe('amplifier-health/code/AUDIO_TOO_SHORT');
      expect(
        ask(q).results.map((r) => r.id),
        q,
      ).not.toContain('amplifier-health/code/AUDIO_TOO_LONG');
    }
  });
});
