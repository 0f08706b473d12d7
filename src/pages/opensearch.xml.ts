import type { APIRoute } from 'astro';

/** OpenSearch description, so browsers can add the catalog as a search engine. */
export const GET: APIRoute = ({ site }) => {
  const base = site?.href.replace(/\/$/, '') ?? '';
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>Speech errors</ShortName>
  <Description>Search speech API errors by code, message or response body</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${base}/favicon.svg</Image>
  <Url type="text/html" method="get" template="${base}/search/?q={searchTerms}"/>
</OpenSearchDescription>
`;
  return new Response(xml, { headers: { 'content-type': 'application/opensearchdescription+xml' } });
};
