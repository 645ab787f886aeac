import { createHash } from 'node:crypto';
import type { ClientAddress } from '../../../shared/contract/practice';
import type { Language } from '../../../shared/contract/fields';
import { itemText, localize, type LocalizedText, type QuestionnaireDefinition } from '../../../shared/questionnaires/definition';
import type { PublicJwk } from './formKey';
import { formScript } from './formScript';
import { formText } from './formText';

export interface FormFileInput {
  formId: string;
  keyId: string;
  publicJwk: PublicJwk;
  expiresAt: string;
  language: Language;
  firstName: string;
  practiceName: string;
  /** How a Dutch form speaks to the client, as the practice chose. */
  address?: ClientAddress;
  definition: QuestionnaireDefinition;
  practiceTexts: Record<string, LocalizedText>;
  /** The participant's own open agreements: shareable text only. */
  agreements: { id: number; text: string }[];
  answerFileName: string;
  /** In place of the greeting by first name: a 360 rater's form says whom it is about and who sees what. */
  intro?: string[];
  /** false: no free text (a 360 rater's own words could tell who wrote them). */
  withReflection?: boolean;
}

const style = `
*{box-sizing:border-box}
body{margin:0;background:#f6f4ef;color:#1f2328;font:1.2rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main{max-width:44rem;margin:0 auto;padding:2rem 1.25rem 4rem}
h1{font-size:1.8rem;line-height:1.25;margin:0 0 1rem}
h2{font-size:1.35rem;margin:2.5rem 0 .5rem}
p{margin:.5rem 0}
ol.steps{padding-left:1.5rem}
fieldset{border:1px solid #c9c4b8;border-radius:12px;background:#fff;margin:1rem 0;padding:1rem 1.25rem}
legend{font-weight:600;padding:0 .25rem}
.scale{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.5rem}
.scale label,.choices label{display:flex;align-items:center;gap:.4rem;border:1px solid #c9c4b8;border-radius:8px;padding:.45rem .7rem;cursor:pointer;background:#fbfaf7}
.scale label span.point{font-weight:600}
.choices{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.5rem}
input[type=radio]{width:1.3rem;height:1.3rem;margin:0}
input:focus-visible,textarea:focus-visible,button:focus-visible,.status:focus{outline:3px solid #1a5fb4;outline-offset:2px}
textarea{width:100%;min-height:7rem;font:inherit;border:1px solid #8c8676;border-radius:8px;padding:.6rem}
button{font:inherit;font-weight:600;background:#1d5e4b;color:#fff;border:0;border-radius:10px;padding:.8rem 1.5rem;margin-top:1.5rem;cursor:pointer}
.hint{color:#4b4f56;font-size:1rem}
.status{margin-top:1.5rem;padding:1rem;border-radius:10px;font-weight:600}
.status:empty{display:none}
.status.done{background:#e3f1ea;border:1px solid #1d5e4b}
.status.error{background:#fbe9e7;border:1px solid #a1260d}
`;

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** JSON inside a script element: no '<' can close it early. */
const jsonForScript = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function scaleChoices(input: FormFileInput, itemId: string): string {
  const { scale } = input.definition;
  const labels = new Map(scale.labels.map((l) => [l.value, localize(l.label, input.language)]));
  const points: string[] = [];
  for (let value = scale.min; value <= scale.max; value++) {
    const label = labels.get(value);
    points.push(
      `<label><input type="radio" name="item-${escape(itemId)}" value="${value}"><span class="point">${value}</span>${label ? ` <span>${escape(label)}</span>` : ''}</label>`,
    );
  }
  return `<div class="scale">${points.join('')}</div>`;
}

function reflectionField(t: ReturnType<typeof formText>): string {
  return `<h2><label for="reflection">${escape(t.reflection)}</label></h2>
<p class="hint" id="reflection-hint">${escape(t.reflectionHint)}</p>
<textarea id="reflection" maxlength="2000" aria-describedby="reflection-hint"></textarea>`;
}

/** The whole form file: one HTML page with its style, script and data inline, loading nothing. */
export function formFileHtml(input: FormFileInput): string {
  const t = formText(input.language, input.address);
  const { definition, language } = input;
  const practice = input.practiceName || t.thePractice;
  const until = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(input.expiresAt));
  const items = definition.items
    .map((item, i) => {
      const text = itemText(item, input.practiceTexts, language) || t.item(i + 1);
      return `<fieldset><legend>${i + 1}. ${escape(text)}</legend>${scaleChoices(input, item.id)}</fieldset>`;
    })
    .join('\n');
  const agreements =
    input.agreements.length === 0
      ? ''
      : `<h2>${escape(t.agreements)}</h2><p>${escape(t.agreementsIntro)}</p>${input.agreements
          .map(
            (a) =>
              `<fieldset><legend>${escape(a.text)}</legend><div class="choices">${(['kept', 'partly_kept', 'not_kept'] as const)
                .map((o) => `<label><input type="radio" name="agreement-${a.id}" value="${o}">${escape(t.outcomes[o])}</label>`)
                .join('')}</div></fieldset>`,
          )
          .join('\n')}`;
  const data = {
    formId: input.formId,
    vault: input.keyId,
    publicKey: input.publicJwk,
    expiresAt: input.expiresAt,
    fileName: input.answerFileName,
    itemIds: definition.items.map((item) => item.id),
    agreementIds: input.agreements.map((a) => a.id),
    text: { saved: t.saved(input.answerFileName, practice), expired: t.expired(practice), noAnswers: t.noAnswers, noCrypto: t.noCrypto, failed: t.failed },
  };
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(formScript)}`,
    `style-src ${sha256(style)}`,
    "img-src 'none'",
    "connect-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const instructions = localize(definition.instructions, language);
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escape(localize(definition.title, language))}</title>
<style>${style}</style>
</head>
<body>
<main>
<h1>${escape(localize(definition.title, language))}</h1>
${(input.intro ?? [t.intro({ name: input.firstName, practice })]).map((line) => `<p>${escape(line)}</p>`).join('\n')}
<p>${escape(t.private(practice))}</p>
<ol class="steps">${t.steps(practice).map((s) => `<li>${escape(s)}</li>`).join('')}</ol>
<p class="hint">${escape(t.until(until))}</p>
<form id="answers" novalidate>
<h2>${escape(t.questions)}</h2>
${instructions ? `<p>${escape(instructions)}</p>` : ''}
${items}
${agreements}
${input.withReflection === false ? '' : reflectionField(t)}
<button type="submit">${escape(t.save)}</button>
<div id="status" class="status" role="status" tabindex="-1"></div>
</form>
</main>
<script type="application/json" id="form-data">${jsonForScript(data)}</script>
<script>${formScript}</script>
</body>
</html>
`;
}
