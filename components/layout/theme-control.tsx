'use client';

import { useEffect, useState } from 'react';
import { applyTheme, currentTheme, themes, type Theme } from '@/lib/theme';

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
  // Unknown until mounted: the server cannot read the reader's storage.
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => setTheme(currentTheme()), []);
  return (
    <div className="theme-control" role="group" aria-label={labels.label}>
      {themes.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={theme === option}
          onClick={() => {
            applyTheme(option);
            setTheme(option);
          }}
        >
          {labels[option]}
        </button>
      ))}
    </div>
  );
}
