import { useEffect, useState } from 'preact/hooks';
import type { Strings } from '../i18n.js';

interface Props {
  years: number[];
  index: number;
  s: Strings;
  onChange: (index: number) => void;
}

/** Year slider with play/pause; playing steps one year every 0.9 s and stops at the last year. */
export function YearBar({ years, index, s, onChange }: Props) {
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    if (!playing) return;
    if (index >= years.length - 1) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => onChange(index + 1), 900);
    return () => clearTimeout(timer);
  }, [playing, index, years.length]);
  if (years.length < 2) return null;
  return (
    <div class="year-bar">
      <button
        type="button"
        class="play"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && index >= years.length - 1) onChange(0);
          setPlaying(!playing);
        }}
      >
        {playing ? `⏸ ${s.pause}` : `▶ ${s.play}`}
      </button>
      <label for="year-slider">{s.year}</label>
      <input
        id="year-slider"
        type="range"
        min={0}
        max={years.length - 1}
        step={1}
        value={index}
        aria-valuetext={String(years[index])}
        data-testid="year-slider"
        onInput={(e) => onChange(Number((e.target as HTMLInputElement).value))}
      />
      <output for="year-slider" class="year-value">{years[index]}</output>
    </div>
  );
}
