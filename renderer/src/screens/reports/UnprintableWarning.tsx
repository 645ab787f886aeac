import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';

/** Characters the report's fonts cannot draw: said before saving, not discovered in the PDF. */
export function UnprintableWarning({ characters }: { characters: string[] }) {
  const { t } = useTranslation();
  if (characters.length === 0) return null;
  const code = (character: string) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return (
    <div className="unprintable" role="note" aria-labelledby="report-unprintable-title">
      <Icon name="alert" />
      <div>
        <p id="report-unprintable-title" className="unprintable-title">
          {t('reports.unprintable.title')}
        </p>
        <p>{t('reports.unprintable.text', { count: characters.length })}</p>
        <ul className="unprintable-list">
          {characters.map((character) => (
            <li key={character}>
              <span className="unprintable-character">{character}</span>
              <span className="unprintable-code">{t('reports.unprintable.character', { code: code(character) })}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
