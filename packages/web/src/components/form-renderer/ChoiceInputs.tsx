import { Checkbox, Group, Radio, Select, SimpleGrid } from '@mantine/core';
import type { FormOption, LocalizedText } from '@vatra/core';
import { look } from './look';

interface Option {
  value: string;
  label: string;
}

/** One of a few options as radio buttons in a line, or a select when there are many. */
export function SingleChoice({
  label,
  description,
  required,
  error,
  options,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  description?: string;
  required: boolean;
  error?: string;
  options: Option[];
  value: string | null;
  onChange: (value: string | null) => void;
  placeholder: string;
}) {
  if (options.length > look.maxInlineOptions) {
    return (
      <Select
        label={label}
        description={description}
        withAsterisk={required}
        error={error}
        data={options}
        value={value}
        onChange={onChange}
        placeholder={placeholder}
        clearable
        searchable={options.length > 8}
        maw={look.fields.maw}
      />
    );
  }
  return (
    <Radio.Group
      label={label}
      description={description}
      withAsterisk={required}
      error={error}
      value={value}
      onChange={onChange}
    >
      <Group {...look.inlineChoices}>
        {options.map((option) => (
          <Radio key={option.value} value={option.value} label={option.label} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** Several options as checkboxes, two columns on wider screens. */
export function MultipleChoice({
  label,
  description,
  required,
  error,
  options,
  value,
  onChange,
}: {
  label: string;
  description?: string;
  required: boolean;
  error?: string;
  options: Option[];
  value: string[];
  onChange: (value: string[]) => void;
}) {
  return (
    <Checkbox.Group
      label={label}
      description={description}
      withAsterisk={required}
      error={error}
      value={value}
      onChange={onChange}
    >
      <SimpleGrid {...look.choices}>
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} label={option.label} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

/** Yes or no; unanswered until one is chosen. */
export function YesNo({
  label,
  description,
  required,
  error,
  value,
  onChange,
  yes,
  no,
}: {
  label: string;
  description?: string;
  required: boolean;
  error?: string;
  value: boolean | undefined;
  onChange: (value: boolean) => void;
  yes: string;
  no: string;
}) {
  return (
    <SingleChoice
      label={label}
      description={description}
      required={required}
      error={error}
      options={[
        { value: 'true', label: yes },
        { value: 'false', label: no },
      ]}
      value={value === undefined ? null : String(value)}
      onChange={(next) => onChange(next === 'true')}
      placeholder=""
    />
  );
}

/** The options of a definition in the form's language. */
export function optionsOf(options: FormOption[], text: (value: LocalizedText) => string): Option[] {
  return options.map((option) => ({ value: option.key, label: text(option.label) }));
}
