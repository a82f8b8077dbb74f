import { DatePicker, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';

export const DATE_ONLY = 'YYYY-MM-DD';

/**
 * A calendar date (YYYY-MM-DD, no time zone involved). Enter confirms the typed value without also
 * submitting the surrounding form.
 */
export function DateField(props: DatePickerProps<Dayjs, false>) {
  return (
    <DatePicker
      format={DATE_ONLY}
      placeholder={DATE_ONLY}
      style={{ width: 180 }}
      {...props}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
    />
  );
}
