package org.doudi.api.casework;

/** Bank account numbers as views show them: only the last four digits ({@code ****1234}). */
public final class BankAccounts {

    private BankAccounts() {
    }

    /** The account masked, or null for none. */
    public static String mask(String account) {
        if (account == null || account.isBlank()) {
            return null;
        }
        String digits = account.replaceAll("\\s+", "");
        return "****" + digits.substring(Math.max(0, digits.length() - 4));
    }

    /** True for 12 to 30 digits (spaces allowed), the shape of a mainland bank card or account number. */
    public static boolean valid(String account) {
        return account != null && account.replaceAll("\\s+", "").matches("[0-9]{12,30}");
    }
}
