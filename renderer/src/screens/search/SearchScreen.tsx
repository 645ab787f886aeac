import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../i18n/validation';
import { BusyNote } from '../../ui/BusyNote';
import { Icon } from '../../ui/Icon';
import { Notice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useNavigate } from '../shell/navigation';
import { shortcutLabel } from '../shell/shortcuts';
import { groupOrder, searchEntries } from './searchEntries';
import { SearchHit } from './SearchHit';
import { useSearch } from './useSearch';
import '../../styles/search.css';

const pageLimit = 25;

/** The whole practice searched at once, grouped by kind; each hit opens its client, session or trajectory. */
export function SearchScreen({ initialQuery = '' }: { initialQuery?: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState(initialQuery);
  const view = useSearch(query, pageLimit);
  const grouped = view.results ? searchEntries(view.results, t, i18n.language) : null;
  const total = grouped ? groupOrder.reduce((sum, kind) => sum + grouped[kind].length, 0) : 0;

  return (
    <div className="search-page">
      <PageHeader title={t('search.title')} focusOnMount={false} />
      <form role="search" className="search-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search-page-input" className="field-label">
          {t('search.label')}
        </label>
        <p id="search-page-hint" className="field-hint">
          {t('search.pageHint', { keys: shortcutLabel('k') })}
        </p>
        <div className="input-with-icon">
          <Icon name="search" />
          <input
            id="search-page-input"
            type="search"
            aria-describedby="search-page-hint"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            // A search page is for typing: the cursor starts in the field (its label names the page).
            autoFocus
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
      </form>
      <BusyNote busy={view.loading} label={t('search.searching')} />
      {view.error && <Notice tone="error">{apiErrorText(t, view.error)}</Notice>}
      {query.trim() === '' && <p className="muted">{t('search.start')}</p>}
      {view.results?.namesOnly && !view.loading && <p className="muted">{t('search.namesOnly')}</p>}
      {grouped && total === 0 && !view.loading && (
        <div className="empty-state">
          <Icon name="search" />
          <h2>{t('search.nothingTitle')}</h2>
          <p>{t('search.nothing', { query: view.query.trim() })}</p>
        </div>
      )}
      {grouped && view.results && total > 0 && (
        <div className="search-groups">
          {groupOrder.map((kind) =>
            grouped[kind].length === 0 ? null : (
              <section key={kind} className="search-group" aria-labelledby={`search-group-${kind}`}>
                <h2 id={`search-group-${kind}`}>
                  {t(`search.groups.${kind}`)} <span className="muted">({grouped[kind].length})</span>
                </h2>
                <ul>
                  {grouped[kind].map((entry) => (
                    <li key={entry.id}>
                      <button
                        type="button"
                        className={entry.private ? 'search-result hit-private' : 'search-result'}
                        onClick={() => navigate(entry.route)}
                      >
                        <SearchHit entry={entry} />
                      </button>
                    </li>
                  ))}
                </ul>
                {view.results?.more.includes(kind) && <p className="muted small">{t('search.more')}</p>}
              </section>
            ),
          )}
        </div>
      )}
    </div>
  );
}
