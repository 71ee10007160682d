/**
 * Dilemma vignettes for Werk & Inkomen: each situation asks what the consultant would do; then
 * the core weighs the circumstances (how detailed, how motivated, what the agreement or the
 * law covers, whether the client knows) and says where they point and how the choice
 * compares. The circumstances can be changed to see the balance move. Nothing is stored.
 */
import type { DilemmaAction, DilemmaBalance, DilemmaCircumstances, DilemmaFactor, DilemmaTold, PageSummary } from '../../api';
import type { Context } from '../../context';
import { h, replace } from '../../dom';
import { chosen, radioGroup } from '../choice';
import { pageList } from '../page-list';
import { empty, failure, loading } from '../status';
import { kebab, toolButton } from './parts';
import './tools.css';

const ACTIONS: DilemmaAction[] = ['everything', 'only_needed', 'ask_first', 'nothing'];
const VALUES: { [F in DilemmaFactor]: DilemmaCircumstances[F][] } = {
  detail: ['narrow', 'broad'],
  motive: ['clear', 'vague'],
  agreement: ['covers', 'silent'],
  informed: ['yes', 'no'],
};
const FACTORS = Object.keys(VALUES) as DilemmaFactor[];

/** `related`: the tool page's related pages; each vignette links the ones it names. */
export function dilemmaTool(ctx: Context, related: PageSummary[]): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const body = h('div', {}, loading(ctx));
  const load = async () => {
    replace(body, loading(ctx));
    let told: DilemmaTold[];
    try {
      told = await ctx.api.listDilemmas();
    } catch (e) {
      replace(body, failure(ctx, e, () => void load()));
      return;
    }
    if (!told.length) replace(body, empty(t('dilemma-none'), 'dilemma-none'));
    else replace(body, ...told.map((v) => vignette(ctx, v, related)));
  };
  void load();
  return h(
    'section',
    { class: 'app-tool', attrs: { 'aria-labelledby': 'dilemma-heading', 'data-testid': 'dilemma' } },
    h('h2', { class: 'utrecht-heading-2', id: 'dilemma-heading' }, t('dilemma-heading')),
    h('p', { class: 'utrecht-paragraph' }, t('dilemma-intro')),
    body,
  );
}

function vignette(ctx: Context, told: DilemmaTold, related: PageSummary[]): HTMLElement {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const v = kebab(told.vignette);
  const key = (rest: string) => `dilemma-${v}-${rest}`;
  const choice = h(
    'form',
    { class: 'app-form', attrs: { novalidate: true }, on: { submit: (e) => e.preventDefault() } },
    radioGroup(
      key('action'),
      t(key('question')),
      ACTIONS.map((a) => ({ value: a, label: t(key(`action-${kebab(a)}`)) })),
      null,
    ),
  );
  const tips = new Map<DilemmaFactor, HTMLElement>();
  const factors = h(
    'form',
    { class: 'app-form', attrs: { novalidate: true, 'data-testid': key('factors') }, on: { submit: (e) => e.preventDefault() } },
    ...FACTORS.map((f) => {
      const tip = h('p', { class: 'utrecht-paragraph app-dilemma__tip', attrs: { 'data-testid': key(`tip-${f}`) } });
      tips.set(f, tip);
      const group = radioGroup(
        key(f),
        t(`dilemma-factor-${f}`),
        VALUES[f].map((value) => ({ value, label: t(key(`factor-${f}-${value}`)) })),
        told.story[f],
      );
      group.append(tip);
      return group;
    }),
  );
  // Said when it changes: the verdict and where the circumstances point, not the controls.
  const verdict = h('div', { attrs: { 'aria-live': 'polite', 'data-testid': key('verdict') } });
  const pages = related.filter((p) => told.pages.includes(p.id));
  const result = h(
    'div',
    { class: 'app-tool__result', attrs: { hidden: true, 'data-testid': key('result') } },
    h('h4', { class: 'utrecht-heading-4' }, t('dilemma-factors-heading')),
    h('p', { class: 'utrecht-paragraph' }, t('dilemma-what-if')),
    factors,
    toolButton('secondary', key('reset'), t('dilemma-reset'), () => {
      for (const f of FACTORS) {
        for (const input of factors.querySelectorAll<HTMLInputElement>(`input[name="${key(f)}"]`)) input.checked = input.value === told.story[f];
      }
      void weigh();
    }),
    pages.length ? h('h4', { class: 'utrecht-heading-4' }, t('dilemma-pages-heading')) : '',
    pages.length ? pageList(pages, key('pages')) : '',
  );

  const circumstances = (): DilemmaCircumstances => {
    const pick = <F extends DilemmaFactor>(f: F) => (chosen(factors, key(f)) ?? told.story[f]) as DilemmaCircumstances[F];
    return { detail: pick('detail'), motive: pick('motive'), agreement: pick('agreement'), informed: pick('informed') };
  };
  let asked = 0;
  const weigh = async () => {
    const action = chosen(choice, key('action')) as DilemmaAction | null;
    if (!action) {
      replace(verdict, h('p', { class: 'utrecht-paragraph' }, t('dilemma-choose-first')));
      return;
    }
    result.hidden = false;
    const ask = ++asked;
    let b: DilemmaBalance;
    try {
      b = await ctx.api.weighDilemma(circumstances(), action);
    } catch (e) {
      if (ask === asked) replace(verdict, failure(ctx, e));
      return;
    }
    if (ask !== asked) return;
    replace(
      verdict,
      h('p', { class: 'utrecht-paragraph app-tool__verdict', attrs: { 'data-verdict': b.verdict } }, t(`dilemma-verdict-${kebab(b.verdict)}`)),
      h(
        'p',
        { class: 'utrecht-paragraph', attrs: { 'data-points-to': b.points_to } },
        t('dilemma-points-to', { action: t(key(`action-${kebab(b.points_to)}`)) }),
      ),
      ...(b.tell_client_first ? [h('p', { class: 'utrecht-paragraph', attrs: { 'data-testid': key('tell-client') } }, t('dilemma-tell-client'))] : []),
    );
    for (const [factor, tip] of b.factors) {
      const slot = tips.get(factor);
      if (!slot) continue;
      slot.dataset['tip'] = tip;
      slot.textContent = t(`dilemma-tip-${tip}`);
    }
  };
  choice.addEventListener('change', () => void weigh());
  factors.addEventListener('change', () => void weigh());
  void weigh();

  return h(
    'section',
    { class: 'app-dilemma', attrs: { 'aria-labelledby': key('title'), 'data-testid': `dilemma-${v}` } },
    h('h3', { class: 'utrecht-heading-3', id: key('title') }, t(key('title'))),
    h('p', { class: 'utrecht-paragraph' }, t(key('situation'))),
    choice,
    verdict,
    result,
  );
}
