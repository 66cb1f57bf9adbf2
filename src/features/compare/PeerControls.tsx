/**
 * The peer set (which companies to compare; the compiler's default set, the
 * first few companies, when none is chosen) and the reporting
 * year (every year by default). Checkboxes, so any number of companies can be
 * chosen; the last one cannot be unticked.
 */
import type { Company } from '../../model/schema';
import type { Translator } from '../../shared/i18n/use-t';
import { useCompareStore } from './compare-store';

interface Props {
  companies: Company[];
  /** Ids currently compared. */
  selected: string[];
  /** Ids compared when none is chosen. */
  defaults: readonly string[];
  years: string[];
  tr: Translator;
}

export function PeerControls({ companies, selected, defaults, years, tr }: Props) {
  const year = useCompareStore((s) => s.year);
  const { setPeers, setYear } = useCompareStore.getState();
  const toggle = (id: string, on: boolean) => {
    const next = companies.map((c) => c.id).filter((c) => (c === id ? on : selected.includes(c)));
    const isDefault = next.length === defaults.length && next.every((c) => defaults.includes(c));
    setPeers(isDefault ? null : next);
  };
  return (
    <div className="peer-controls">
      <fieldset className="peer-set">
        <legend>{tr.t('peers.label')}</legend>
        {companies.map((c) => {
          const checked = selected.includes(c.id);
          const last = checked && selected.length === 1;
          return (
            <label key={c.id} className="peer-option" title={last ? tr.t('peers.hint') : undefined}>
              <input
                type="checkbox"
                name="peers"
                value={c.id}
                checked={checked}
                disabled={last}
                onChange={(e) => toggle(c.id, e.target.checked)}
              />
              <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
              {tr.pick(c.shortZh, c.shortEn)}
            </label>
          );
        })}
      </fieldset>
      <label className="year-select">
        {tr.t('year.label')}{' '}
        <select name="year" value={year ?? ''} onChange={(e) => setYear(e.target.value || null)}>
          <option value="">{tr.t('year.all')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
