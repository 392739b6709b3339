import type { Metadata } from 'next';
import { staticParams } from '@/lib/content';
import { TagPageView, tagPageMetadata, type TagParams } from './tag-page';

export const dynamicParams = false;

export function generateStaticParams() {
  return staticParams('tag');
}

export function generateMetadata({ params }: { params: TagParams }): Promise<Metadata> {
  return tagPageMetadata(params);
}

export default function TagPage({ params }: { params: TagParams }) {
  return <TagPageView params={params} />;
}
