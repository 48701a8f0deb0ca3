namespace AmtzaHaderech.Integrations.Common;

/// Excel's date serials: days since 1900-01-00 with Lotus's phantom 29 February 1900 (serial
/// 60), or, in workbooks with the 1904 date system, days since 1904-01-01. Fractions are the time.
internal static class ExcelDate
{
    private const double LastSerial = 2958465; // 9999-12-31

    public static DateOnly? FromSerial(double serial, bool date1904 = false)
    {
        if (double.IsNaN(serial) || serial < (date1904 ? 0 : 1) || serial > LastSerial) return null;
        var days = (int)Math.Floor(serial);
        if (date1904) return new DateOnly(1904, 1, 1).AddDays(days);
        if (days == 60) return null;
        return new DateOnly(1899, 12, 31).AddDays(days < 60 ? days : days - 1);
    }
}
