import type { Metadata } from 'next';
import { staticParams } from '@/lib/content';
import { TagPageView, tagPageMetadata, type TagParams } from '../../tag-page';

export const dynamicParams = false;

// Only pages after the first: /tags/{tag} is page 1, and /page/1 is not a page.
export function generateStaticParams() {
  return staticParams('tag-page');
}

export function generateMetadata({ params }: { params: TagParams }): Promise<Metadata> {
  return tagPageMetadata(params);
}

export default function TagPageN({ params }: { params: TagParams }) {
  return <TagPageView params={params} />;
}
