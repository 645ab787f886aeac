import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../ui/Icon';
import { useNavigate, type Section } from './navigation';
import { ariaShortcut, shortcutLabel } from './shortcuts';

const items: { section: Section; icon: IconName }[] = [
  { section: 'dashboard', icon: 'home' },
  { section: 'calendar', icon: 'calendar' },
  { section: 'clients', icon: 'people' },
  { section: 'trajectories', icon: 'route' },
  { section: 'search', icon: 'search' },
  { section: 'questionnaires', icon: 'clipboardList' },
  { section: 'settings', icon: 'settings' },
];

/** The left column: where you are, where you can go, and the lock that is always in reach. */
export function Sidebar({ current, onLock }: { current: Section; onLock: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <aside className="sidebar-column">
      <div className="sidebar">
        <p className="brand">
          <Icon name="shield" />
          <span>{t('app.name')}</span>
        </p>
        <nav aria-label={t('nav.label')}>
          <ul>
            {items.map(({ section, icon }) => (
              <li key={section}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={current === section ? 'page' : undefined}
                  onClick={() => navigate({ screen: section })}
                >
                  <Icon name={icon} />
                  <span>{t(`nav.${section}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <button type="button" className="lock-button" onClick={onLock} aria-keyshortcuts={ariaShortcut('l')}>
          <Icon name="lock" />
          <span>{t('nav.lock')}</span>
          <kbd>{shortcutLabel('l')}</kbd>
        </button>
      </div>
    </aside>
  );
}
