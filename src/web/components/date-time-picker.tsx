import { DatePicker, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';

export const DATE_TIME = 'YYYY-MM-DD HH:mm';

/**
 * A date and time to the minute, read as Beijing wall-clock time (see `beijingIso`). Enter confirms
 * the typed value without also submitting the surrounding form.
 */
export function DateTimePicker(props: DatePickerProps<Dayjs, false>) {
  return (
    <DatePicker
      showTime={{ format: 'HH:mm' }}
      format={DATE_TIME}
      placeholder="YYYY-MM-DD HH:mm"
      style={{ width: 220 }}
      {...props}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
    />
  );
}
