// The generic form renderer: any form defined as data (config/forms), edited or read.
export { FormRenderer, type FormRendererProps } from './FormRenderer';
export { checkForm, resolveForm, type FormDraft, type RepeatMember, type RepeatMembers } from './state';
