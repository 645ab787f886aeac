import { Dialog } from 'radix-ui';
import { useEffect, useId, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchResults } from '../../../../shared/contract';
import { apiErrorText } from '../../i18n/validation';
import { Icon } from '../../ui/Icon';
import { useDelayedFlag } from '../../ui/useDelayedFlag';
import { useNavigate } from '../shell/navigation';
import { isCommand, shortcutLabel } from '../shell/shortcuts';
import { groupOrder, searchEntries, type SearchEntry } from './searchEntries';
import { SearchHit } from './SearchHit';
import { useSearch } from './useSearch';
import '../../styles/search.css';

const paletteLimit = 5;

/** Ctrl/Cmd+K from anywhere in the open vault: type, move with the arrows, Enter opens, Esc closes. */
export function SearchPalette() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isCommand(event, 'k')) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="palette" aria-describedby={undefined}>
          <Dialog.Title className="visually-hidden">{t('search.title')}</Dialog.Title>
          {open && <PaletteBody onClose={() => setOpen(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const listId = useId();
  const [query, setQuery] = useState('');
  const view = useSearch(query, paletteLimit);
  const showBusy = useDelayedFlag(view.loading);
  const grouped = view.results ? searchEntries(view.results, t, i18n.language) : null;
  const flat = grouped ? groupOrder.flatMap((kind) => grouped[kind]) : [];
  const [active, setActive] = useState(0);
  const [shownResults, setShownResults] = useState<SearchResults | null>(null);
  if (view.results !== shownResults) {
    setShownResults(view.results); // new results: start again at the first hit
    setActive(0);
  }
  const optionId = (entry: SearchEntry) => `${listId}-${entry.id}`;
  const activeEntry = flat[Math.min(active, flat.length - 1)];

  useEffect(() => {
    if (activeEntry) document.getElementById(`${listId}-${activeEntry.id}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeEntry, listId]);

  const openEntry = (entry: SearchEntry) => {
    onClose();
    navigate(entry.route);
  };
  const openPage = () => {
    onClose();
    navigate({ screen: 'search', query });
  };

  const onKeyDown = (event: ReactKeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (flat.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (Math.min(current, flat.length - 1) + step + flat.length) % flat.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeEntry) openEntry(activeEntry);
      else if (query.trim() !== '') openPage();
    }
  };

  const nothing = view.results !== null && flat.length === 0;
  return (
    <div className="palette-body">
      <div className="palette-input input-with-icon">
        <Icon name="search" />
        <input
          type="text"
          role="combobox"
          aria-label={t('search.label')}
          aria-expanded={flat.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeEntry ? optionId(activeEntry) : undefined}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <div className="palette-results">
        <div id={listId} role="listbox" aria-label={t('search.results')}>
          {grouped &&
            groupOrder.map((kind) =>
              grouped[kind].length === 0 ? null : (
                <div key={kind} role="group" aria-labelledby={`${listId}-${kind}`} className="palette-group">
                  <div id={`${listId}-${kind}`} role="presentation" className="palette-group-title">
                    {t(`search.groups.${kind}`)}
                  </div>
                  {grouped[kind].map((entry) => (
                    <div
                      key={entry.id}
                      id={optionId(entry)}
                      role="option"
                      aria-selected={entry === activeEntry}
                      className={entry.private ? 'palette-option hit-private' : 'palette-option'}
                      onMouseMove={() => setActive(flat.indexOf(entry))}
                      onClick={() => openEntry(entry)}
                    >
                      <SearchHit entry={entry} />
                    </div>
                  ))}
                </div>
              ),
            )}
        </div>
        <p className="palette-message" role="status">
          {query.trim() === '' && t('search.start')}
          {showBusy && t('search.searching')}
          {nothing && !view.loading && !view.results?.namesOnly && t('search.nothing', { query: view.query.trim() })}
          {view.results?.namesOnly && !view.loading && t('search.namesOnly')}
          {view.error && apiErrorText(t, view.error)}
        </p>
      </div>
      <div className="palette-footer">
        <span className="muted small">{t('search.keys')}</span>
        {query.trim() !== '' && (
          <button type="button" className="link-button" onClick={openPage}>
            {view.results && view.results.more.length > 0 ? t('search.moreOnPage') : t('search.openPage')}
          </button>
        )}
        <span className="muted small">{t('common.shortcut', { keys: shortcutLabel('k') })}</span>
      </div>
    </div>
  );
}
