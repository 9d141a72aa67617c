package org.dyad.base.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.dyad.base.i18n.Messages;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers in the UI language: month and weekday names from the JDK's CLDR data, ISO dates in the field. */
public final class DatePickers {

    private DatePickers() {
    }

    public static void localize(DatePicker picker, Locale locale) {
        Locale language = Messages.supported(locale);
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                // the field shows ISO dates (2024-05-13) in every language, as the rest of the UI does
                .setDateFormat("yyyy-MM-dd")
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, language)).toList())
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, language)).toList())
                .setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, language)).toList())
                .setFirstDayOfWeek(WeekFields.of(language.getLanguage().equals("en") ? Locale.UK : language)
                        .getFirstDayOfWeek().getValue() % 7)
                .setToday(Messages.get("common.today", language))
                .setCancel(Messages.get("common.cancel", language));
        picker.setI18n(i18n);
    }
}
