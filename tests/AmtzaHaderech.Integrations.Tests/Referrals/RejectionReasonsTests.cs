using AmtzaHaderech.Integrations.Referrals;

namespace AmtzaHaderech.Integrations.Tests.Referrals;

/// Every channel names a row's first fault in one order; a row with every fault at once shows it.
public class RejectionReasonsTests
{
    [Fact]
    public void A_row_without_faults_has_no_reason() =>
        Assert.Null(RejectionReasons.FirstOf());

    [Theory]
    [InlineData(true, true, true, true, true, true, "misrouted")]
    [InlineData(false, true, true, true, true, true, "missing_field:firstName")]
    [InlineData(false, false, true, true, true, true, "national_id")]
    [InlineData(false, false, false, true, true, true, "birth_date")]
    [InlineData(false, false, false, false, true, true, "no_contact")]
    [InlineData(false, false, false, false, false, true, "bad_value:lastName")]
    public void The_first_fault_in_the_shared_order_is_the_reason(
        bool misrouted, bool missing, bool nationalId, bool birthDate, bool noContact, bool badValue, string expected) =>
        Assert.Equal(expected, RejectionReasons.FirstOf(
            misrouted: misrouted,
            missingField: missing ? "firstName" : null,
            badNationalId: nationalId,
            badBirthDate: birthDate,
            noContact: noContact,
            badValue: badValue ? "lastName" : null));
}
