import { IslandScript } from '@/components/island-script';
import { THEME_STORAGE_KEY, themes } from '@/lib/theme';

export interface ThemeLabels {
  label: string;
  light: string;
  dark: string;
  system: string;
}

/**
 * Light, dark or the system's: three toggle buttons. The inline script in <head> restores the
 * remembered choice before the first paint; public/islands/theme-control.js marks the button in
 * force (the server cannot know it, so none is pressed in the HTML) and applies a new choice.
 */
export function ThemeControl({ labels }: { labels: ThemeLabels }) {
  return (
    <div
      className="theme-control"
      role="group"
      aria-label={labels.label}
      data-theme-control
      data-storage-key={THEME_STORAGE_KEY}
    >
      {themes.map((option) => (
        // Under the dev server the island may mark a button before React hydrates it; that is expected.
        <button key={option} type="button" aria-pressed="false" data-theme-choice={option} suppressHydrationWarning>
          {labels[option]}
        </button>
      ))}
      <IslandScript name="theme-control" />
    </div>
  );
}
