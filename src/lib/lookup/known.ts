import type { VendorSlug } from '../vocabulary';

/**
 * Speech APIs people paste errors from, whether or not the catalog covers them: their names, the words people use
 * for them and their API hosts. A paste that names one the catalog lacks is answered honestly ("not covered yet")
 * instead of with another vendor's look-alike code. `slug` marks the ones a catalog vendor covers; a catalog without
 * that vendor (the fixtures, a generated catalog) treats it as uncovered too.
 */
export interface KnownVendor {
  /** Display name. */
  name: string;
  /** Lower-case words or phrases that name it in running text. */
  terms: readonly string[];
  /** API host names or domain suffixes (`nuance.com` matches `mix.api.nuance.com`). */
  hosts: readonly string[];
  /** The catalog vendor that covers it, if one does. */
  slug?: VendorSlug;
}

export const knownVendors: readonly KnownVendor[] = [
  { name: 'Deepgram', terms: ['deepgram'], hosts: ['deepgram.com'], slug: 'deepgram' },
  { name: 'AssemblyAI', terms: ['assemblyai', 'assembly ai'], hosts: ['assemblyai.com'], slug: 'assemblyai' },
  { name: 'Speechmatics', terms: ['speechmatics'], hosts: ['speechmatics.com'], slug: 'speechmatics' },
  {
    name: 'Azure AI Speech',
    terms: ['azure', 'microsoft', 'cognitive services'],
    hosts: ['speech.microsoft.com'],
    slug: 'azure-speech',
  },
  {
    name: 'Google Cloud Speech-to-Text',
    terms: ['google', 'gcp'],
    hosts: ['speech.googleapis.com'],
    slug: 'google-stt',
  },
  { name: 'Amazon Transcribe', terms: ['amazon', 'aws'], hosts: [], slug: 'aws-transcribe' },
  { name: 'OpenAI', terms: ['openai', 'whisper'], hosts: ['api.openai.com'], slug: 'openai-audio' },
  { name: 'Rev AI', terms: ['rev ai', 'revai'], hosts: ['rev.ai'], slug: 'revai' },
  { name: 'IBM Watson Speech to Text', terms: ['ibm', 'watson'], hosts: ['watson.cloud.ibm.com'], slug: 'ibm-stt' },
  { name: 'iFLYTEK', terms: ['iflytek', 'xfyun', '讯飞'], hosts: ['xfyun.cn'], slug: 'iflytek' },
  { name: 'Baidu', terms: ['baidu', '百度'], hosts: ['baidu.com', 'baidubce.com'], slug: 'baidu-asr' },
  { name: 'Tencent Cloud', terms: ['tencent', '腾讯'], hosts: ['tencentcloudapi.com'], slug: 'tencent-asr' },
  { name: 'Volcengine', terms: ['volcengine', '火山引擎'], hosts: ['volcengineapi.com'], slug: 'volcengine-asr' },
  { name: 'Soniox', terms: ['soniox'], hosts: ['soniox.com'], slug: 'soniox' },
  { name: 'Gladia', terms: ['gladia'], hosts: ['gladia.io'], slug: 'gladia' },
  { name: 'ElevenLabs', terms: ['elevenlabs', 'eleven labs'], hosts: ['elevenlabs.io'], slug: 'elevenlabs' },
  // Not in the catalog (yet).
  { name: 'Nuance', terms: ['nuance', 'nuance mix'], hosts: ['nuance.com'] },
  { name: 'Twilio', terms: ['twilio'], hosts: ['twilio.com'] },
  { name: 'Vosk', terms: ['vosk', 'alphacephei'], hosts: ['alphacephei.com'] },
  { name: 'Huawei Cloud', terms: ['huawei', '华为'], hosts: ['myhuaweicloud.com', 'huaweicloud.com'] },
  { name: 'Amazon Polly', terms: ['polly', 'amazon polly', 'aws polly'], hosts: [] },
  {
    name: 'Google Cloud Text-to-Speech',
    terms: ['google tts', 'cloud text-to-speech'],
    hosts: ['texttospeech.googleapis.com'],
  },
  { name: 'Dialogflow', terms: ['dialogflow'], hosts: ['dialogflow.googleapis.com'] },
  { name: 'Picovoice', terms: ['picovoice'], hosts: ['picovoice.ai'] },
  { name: 'Cartesia', terms: ['cartesia'], hosts: ['cartesia.ai'] },
  { name: 'PlayHT', terms: ['playht', 'play.ht'], hosts: ['play.ht'] },
  { name: 'Murf', terms: ['murf', 'murf ai'], hosts: ['murf.ai'] },
  { name: 'Resemble AI', terms: ['resemble ai'], hosts: ['resemble.ai'] },
  { name: 'Hume AI', terms: ['hume ai'], hosts: ['hume.ai'] },
  { name: 'Symbl.ai', terms: ['symbl'], hosts: ['symbl.ai'] },
  { name: 'Voicegain', terms: ['voicegain'], hosts: ['voicegain.ai'] },
  { name: 'Sarvam AI', terms: ['sarvam'], hosts: ['sarvam.ai'] },
  { name: 'Groq', terms: ['groq'], hosts: ['groq.com'] },
  { name: 'LMNT', terms: ['lmnt'], hosts: ['lmnt.com'] },
];

/** Whether a host name is one of the vendor's: the host itself or a subdomain of it. */
export const isHostOf = (host: string, vendor: KnownVendor): boolean =>
  vendor.hosts.some((h) => host === h || host.endsWith(`.${h}`));
