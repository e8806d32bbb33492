/**
 * The visible strings of the evaluation page (the province survey, its importance–performance
 * analysis and a district's self-evaluation), Korean first and English second, in the page's
 * language (the same `lang` as i18n.ts). The quadrants' names come from the domain (ipaQuadrantNames).
 */
import { lang } from '../i18n.js';

const ko = {
  title: '평가',
  lead: '경기도 전체 차원의 종합평가(공통지표 설문조사)와 지역 차원의 자체평가를 연계하여 봅니다.',
  year: '평가 연도',
  scope: '범위',
  'scope.province': '경기도 전체',
  'survey.title': '종합평가: 공통지표 설문조사',
  'survey.none': '{year}년 설문조사가 아직 기록되지 않았습니다.',
  'survey.period': '조사 기간',
  'survey.conductedWith': '연계 기관',
  'survey.recordedOn': '기록일',
  'survey.corrections': '정정 {n}회',
  'respondents.caption': '응답자 수: 학생, 학부모, 교원, 계',
  'respondents.students': '학생',
  'respondents.parents': '학부모',
  'respondents.teachers': '교원',
  'respondents.total': '계',
  'col.group': '응답 집단',
  'col.count': '응답자 수 (명)',
  'col.indicator': '지표',
  'col.task': '추진과제',
  'col.importance': '중요도',
  'col.performance': '수행도',
  'col.quadrant': '사분면',
  'indicators.caption': '공통지표: 지표, 추진과제, 중요도, 수행도 (경기도 전체)',
  'ipa.title': '중요도–수행도 분석 (IPA): {scope}',
  'ipa.none': '{scope}의 분석 결과가 없습니다.',
  'ipa.chart': '{scope}의 지표별 중요도(가로)와 수행도(세로), 평균선으로 나눈 네 사분면',
  'ipa.caption': '{scope}의 지표별 중요도, 수행도, 사분면',
  'ipa.means': '평균: 중요도 {importance}, 수행도 {performance}',
  'ipa.axis.importance': '중요도',
  'ipa.axis.performance': '수행도',
  'self.title': '자체평가: {district}',
  'self.none': '{district}의 {year}년 자체평가가 아직 기록되지 않았습니다.',
  'self.caption': '{district} 자체평가 개별지표: 지표, 목표, 결과, 달성률, 관련 세부사업과 안건',
  'self.report': '자체평가 보고서',
  'self.summary': '성과분석',
  'col.target': '목표',
  'col.result': '결과',
  'col.rate': '달성률',
  'col.links': '관련 세부사업·안건',
  'link.project': '세부사업 {n}',
  'link.item': '안건 {n}',
  'error.load': '평가를 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.',
};

const en: Record<EvaluationMessageKey, string> = {
  title: 'Evaluation',
  lead: "The province-wide comprehensive evaluation (the common-indicator survey) read together with each district's self-evaluation.",
  year: 'Year evaluated',
  scope: 'Scope',
  'scope.province': 'Gyeonggi province',
  'survey.title': 'Comprehensive evaluation: the common-indicator survey',
  'survey.none': 'No survey has been recorded for {year} yet.',
  'survey.period': 'Survey period',
  'survey.conductedWith': 'Analysed with',
  'survey.recordedOn': 'Recorded on',
  'survey.corrections': '{n} correction(s)',
  'respondents.caption': 'Respondents: students, parents, teachers, total',
  'respondents.students': 'Students',
  'respondents.parents': 'Parents',
  'respondents.teachers': 'Teachers',
  'respondents.total': 'Total',
  'col.group': 'Group',
  'col.count': 'Respondents',
  'col.indicator': 'Indicator',
  'col.task': 'Task',
  'col.importance': 'Importance',
  'col.performance': 'Performance',
  'col.quadrant': 'Quadrant',
  'indicators.caption': 'Common indicators: indicator, task, importance, performance (province-wide)',
  'ipa.title': 'Importance–performance analysis (IPA): {scope}',
  'ipa.none': 'No analysis for {scope}.',
  'ipa.chart': '{scope}: importance (across) and performance (up) per indicator, four quadrants split at the means',
  'ipa.caption': '{scope}: importance, performance and quadrant per indicator',
  'ipa.means': 'Means: importance {importance}, performance {performance}',
  'ipa.axis.importance': 'Importance',
  'ipa.axis.performance': 'Performance',
  'self.title': 'Self-evaluation: {district}',
  'self.none': 'No self-evaluation of {district} for {year} has been recorded yet.',
  'self.caption': 'Individual indicators of {district}: indicator, target, result, rate, projects and items',
  'self.report': 'Self-evaluation report',
  'self.summary': 'Analysis',
  'col.target': 'Target',
  'col.result': 'Result',
  'col.rate': 'Rate',
  'col.links': 'Projects and items',
  'link.project': 'Project {n}',
  'link.item': 'Item {n}',
  'error.load': 'The evaluation could not be loaded. Please try again shortly.',
};

export type EvaluationMessageKey = keyof typeof ko;

const catalogues: Record<'ko' | 'en', Record<EvaluationMessageKey, string>> = { ko, en };

export function et(key: EvaluationMessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[lang.get()][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
}
