'use client';

import { useSyncExternalStore } from 'react';
import { applyTheme, currentTheme, subscribeToTheme, themes } from '@/lib/theme';

export interface ThemeLabels {
  label: string;
  light: string;
  dark: string;
  system: string;
}

/**
 * Light, dark or the system's: three toggle buttons. The choice is applied and
 * remembered by lib/theme; the inline script in <head> restores it before the
 * first paint, so this island only has to show which one is on.
 */
export function ThemeControl({ labels }: { labels: ThemeLabels }) {
  // The theme lives on <html data-theme>; the server cannot know it, so no button is pressed there.
  const theme = useSyncExternalStore(subscribeToTheme, currentTheme, () => null);
  return (
    <div className="theme-control" role="group" aria-label={labels.label}>
      {themes.map((option) => (
        <button key={option} type="button" aria-pressed={theme === option} onClick={() => applyTheme(option)}>
          {labels[option]}
        </button>
      ))}
    </div>
  );
}
