package se.qms.core.deadline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.qms.core.InvalidValueException;
import se.qms.core.QmsErrorCode;

class SwedishCalendarTest {
  private final SwedishCalendar calendar = SwedishCalendar.standard();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** Easter Sundays checked against published tables (and python-dateutil's easter()). */
  @ParameterizedTest
  @CsvSource({
    "1954, 1954-04-18", "1981, 1981-04-19", "2000, 2000-04-23", "2008, 2008-03-23",
    "2011, 2011-04-24", "2013, 2013-03-31", "2014, 2014-04-20", "2015, 2015-04-05",
    "2016, 2016-03-27", "2017, 2017-04-16", "2018, 2018-04-01", "2019, 2019-04-21",
    "2020, 2020-04-12", "2021, 2021-04-04", "2022, 2022-04-17", "2023, 2023-04-09",
    "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2038, 2038-04-25",
    "2100, 2100-03-28", "2285, 2285-03-22"
  })
  void easterSunday_knownYears(int year, LocalDate expected) {
    assertEquals(expected, SwedishCalendar.easterSunday(year));
  }

  @ParameterizedTest
  @CsvSource({
    "2016-03-25, Långfredagen",
    "2016-03-27, Påskdagen",
    "2016-03-28, Annandag påsk",
    "2016-05-05, Kristi himmelsfärdsdag",
    "2016-05-15, Pingstdagen",
    "2016-06-06, Sveriges nationaldag",
    "2016-06-24, Midsommarafton",
    "2016-06-25, Midsommardagen",
    "2016-11-05, Alla helgons dag",
    "2019-01-06, Trettondedag jul",
    "2019-06-22, Midsommardagen",
    "2019-11-02, Alla helgons dag",
    "2020-05-21, Kristi himmelsfärdsdag",
    "2020-06-19, Midsommarafton",
    "2020-06-20, Midsommardagen",
    "2020-10-31, Alla helgons dag",
    "2021-06-26, Midsommardagen",
    "2021-11-06, Alla helgons dag",
    "2004-05-31, Annandag pingst",
    "2024-12-24, Julafton",
    "2024-12-25, Juldagen",
    "2024-12-26, Annandag jul",
    "2024-12-31, Nyårsafton",
    "2025-01-01, Nyårsdagen",
    "2025-05-01, Första maj"
  })
  void knownHolidays_haveTheirSwedishNames(LocalDate date, String name) {
    List<String> names =
        calendar.holidaysOn(date).stream().map(Holiday::name).collect(Collectors.toList());
    assertEquals(List.of(name), names);
    assertFalse(calendar.isWorkingDay(date));
  }

  @Test
  void midsommaraftonJulaftonNyarsafton_areTreatedAsHolidays_notPublicHolidays() {
    for (String d : new String[] {"2020-06-19", "2020-12-24", "2020-12-31"}) {
      Holiday h = calendar.holidaysOn(date(d)).get(0);
      assertEquals(HolidayKind.TREATED_AS_HOLIDAY, h.kind(), d);
      assertFalse(calendar.isPublicHoliday(date(d)), d);
    }
    assertTrue(calendar.isPublicHoliday(date("2020-06-20")));
  }

  @Test
  void ascensionOnFirstOfMay2008_bothNamesOnOneDay() {
    assertEquals(
        List.of("Första maj", "Kristi himmelsfärdsdag"),
        calendar.holidaysOn(date("2008-05-01")).stream()
            .map(Holiday::name)
            .collect(Collectors.toList()));
  }

  @Test
  void whitSundayOnNationalDay2049_bothNamesOnOneDay() {
    assertEquals(
        List.of("Pingstdagen", "Sveriges nationaldag"),
        calendar.holidaysOn(date("2049-06-06")).stream()
            .map(Holiday::name)
            .collect(Collectors.toList()));
  }

  @Test
  void nationalDay_replacedWhitMonday_in2005() {
    assertTrue(calendar.holidaysOn(date("2004-06-07")).isEmpty()); // Monday 7 June 2004: no holiday
    assertTrue(calendar.isWorkingDay(date("2004-06-07")));
    assertEquals("Annandag pingst", calendar.holidaysOn(date("2004-05-31")).get(0).name());
    assertTrue(calendar.isWorkingDay(date("2005-05-16"))); // whit Monday 2005 is a working day
    assertEquals("Sveriges nationaldag", calendar.holidaysOn(date("2005-06-06")).get(0).name());
  }

  @Test
  void everyYear_hasThirteenPublicHolidays_andThreeDaysTreatedAsHolidays() {
    for (int year = SwedishCalendar.MIN_YEAR; year <= 2200; year++) {
      List<Holiday> days = calendar.holidays(year);
      assertEquals(
          13, days.stream().filter(h -> h.kind() == HolidayKind.PUBLIC_HOLIDAY).count(), "" + year);
      assertEquals(
          3,
          days.stream().filter(h -> h.kind() == HolidayKind.TREATED_AS_HOLIDAY).count(),
          "" + year);
    }
  }

  @ParameterizedTest
  @CsvSource({"2004, 253", "2016, 253", "2019, 250", "2020, 252", "2024, 251"})
  void workingDaysInAYear_matchAnIndependentCount(int year, int expected) {
    assertEquals(
        expected,
        calendar.workingDaysBetween(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)));
  }

  @Test
  void plusWorkingDays_skipsChristmasAndNewYear() {
    // Thursday 19 December 2019 + 5: 20, 23, 27, 30 December and 2 January
    assertEquals(date("2020-01-02"), calendar.plusWorkingDays(date("2019-12-19"), 5));
    assertEquals(date("2016-03-29"), calendar.plusWorkingDays(date("2016-03-24"), 1)); // Easter
    assertEquals(date("2020-06-22"), calendar.plusWorkingDays(date("2020-06-18"), 1)); // midsummer
    assertEquals(date("2020-06-20"), calendar.plusWorkingDays(date("2020-06-20"), 0));
  }

  @Test
  void nextWorkingDay_ofAWorkingDay_isItself_ofASaturday_isMonday() {
    assertEquals(date("2019-03-15"), calendar.nextWorkingDay(date("2019-03-15")));
    assertEquals(date("2019-03-18"), calendar.nextWorkingDay(date("2019-03-16")));
    assertEquals(date("2020-06-22"), calendar.nextWorkingDay(date("2020-06-19")));
  }

  @Test
  void workingDaysBetween_sameDay_isZero_reversed_throws() {
    assertEquals(0, calendar.workingDaysBetween(date("2019-03-15"), date("2019-03-15")));
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> calendar.workingDaysBetween(date("2019-03-15"), date("2019-03-14")));
    assertEquals(QmsErrorCode.DATES_OUT_OF_ORDER, e.code());
  }

  @ParameterizedTest
  @ValueSource(ints = {1952, 10000, 0, -1})
  void yearsOutsideTheCalendar_throw(int year) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> calendar.holidays(year));
    assertEquals(QmsErrorCode.CALENDAR_YEAR_OUT_OF_RANGE, e.code());
  }

  @Test
  void lastCoveredYear_works_andTheFirstDayAfterIt_throws() {
    assertEquals(16, calendar.holidays(SwedishCalendar.MAX_YEAR).size());
    assertThrows(
        InvalidValueException.class,
        () -> calendar.nextWorkingDay(LocalDate.of(SwedishCalendar.MAX_YEAR, 12, 31)));
  }

  @Test
  void plusWorkingDays_negative_throwsTimeLimitOutOfRange() {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> calendar.plusWorkingDays(date("2019-01-01"), -1));
    assertEquals(QmsErrorCode.TIME_LIMIT_OUT_OF_RANGE, e.code());
  }

  @Nested
  class LocalNonWorkingDays {
    private final SwedishCalendar local =
        calendar.withLocalNonWorkingDay(date("2019-05-31"), "Klämdag");

    @Test
    void localDay_isNotAWorkingDay_andIsNamed() {
      assertTrue(calendar.isWorkingDay(date("2019-05-31")));
      assertFalse(local.isWorkingDay(date("2019-05-31")));
      Holiday h = local.holidaysOn(date("2019-05-31")).get(0);
      assertEquals("Klämdag", h.name());
      assertEquals(HolidayKind.LOCAL_NON_WORKING_DAY, h.kind());
    }

    @Test
    void localDay_changesWorkingDayArithmetic_only_inTheLocalCalendar() {
      // Wednesday 29 May 2019 + 1 working day: Kristi himmelsfärdsdag 30 May, then the klämdag
      assertEquals(date("2019-05-31"), calendar.plusWorkingDays(date("2019-05-29"), 1));
      assertEquals(date("2019-06-03"), local.plusWorkingDays(date("2019-05-29"), 1));
    }

    @Test
    void calendars_areEqual_byTheirLocalDays() {
      assertEquals(local, calendar.withLocalNonWorkingDay(date("2019-05-31"), "Klämdag"));
      assertNotEquals(local, calendar);
      assertEquals(SwedishCalendar.standard(), calendar);
      assertTrue(calendar.localNonWorkingDays().isEmpty());
    }

    @Test
    void blankName_isRejected() {
      InvalidValueException e =
          assertThrows(
              InvalidValueException.class,
              () -> calendar.withLocalNonWorkingDay(date("2019-05-31"), " "));
      assertEquals(QmsErrorCode.VALUE_BLANK, e.code());
    }
  }
}
