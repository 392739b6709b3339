import { jsonLdText, type JsonLd as JsonLdData } from '@/lib/seo/json-ld';

/** Structured data for search engines, in the page's body. */
export function JsonLd({ data }: { data: JsonLdData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
