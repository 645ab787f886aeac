import { useTranslation } from 'react-i18next';
import {
  addressParts,
  importFields,
  importPresets,
  type ColumnMapping,
  type ImportPreset,
  type ImportPreview,
  type MappableField,
} from '../../../../../shared/contract/clientImport';
import { SelectField } from '../../../ui/Field';

interface ImportMappingProps {
  preview: ImportPreview;
  /** Read the file again with a preset, or with a mapping chosen column by column. */
  onLayout: (layout: { preset: ImportPreset } | { mapping: ColumnMapping }) => void;
}

/** Which column holds which detail: a preset for a known export, or a choice per field; an address may come in parts. */
export function ImportMapping({ preview, onLayout }: ImportMappingProps) {
  const { t } = useTranslation();
  const column = (field: MappableField, label: string) => (
    <SelectField
      key={field}
      label={label}
      value={preview.mapping[field] === undefined ? '' : String(preview.mapping[field])}
      onChange={(event) => onLayout({ mapping: { ...preview.mapping, [field]: event.target.value === '' ? undefined : Number(event.target.value) } })}
    >
      <option value="">{t('clientImport.notUsed')}</option>
      {preview.columns.map((name, index) => (
        <option key={index} value={String(index)}>
          {name}
        </option>
      ))}
    </SelectField>
  );
  return (
    <section className="card import-mapping" aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title">{t('clientImport.mapping')}</h2>
      <SelectField
        label={t('clientImport.preset')}
        value={preview.preset ?? ''}
        onChange={(event) => onLayout(event.target.value ? { preset: event.target.value as ImportPreset } : { mapping: preview.mapping })}
      >
        <option value="">{t('clientImport.presetAuto')}</option>
        {importPresets.map((preset) => (
          <option key={preset} value={preset}>
            {t(`clientImport.presets.${preset}`)}
          </option>
        ))}
      </SelectField>
      <div className="field-grid">{importFields.map((field) => column(field, t(`fields.${field}`)))}</div>
      <fieldset className="import-address-parts">
        <legend className="field-label">{t('clientImport.addressParts.title')}</legend>
        <p className="field-hint">{t('clientImport.addressParts.hint')}</p>
        <div className="field-grid field-grid-narrow">{addressParts.map((part) => column(part, t(`clientImport.addressParts.${part}`)))}</div>
      </fieldset>
    </section>
  );
}
