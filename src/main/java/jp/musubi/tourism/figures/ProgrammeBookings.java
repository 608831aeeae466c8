package jp.musubi.tourism.figures;

record ProgrammeBookings(String code, String name, long bookings, long people) {

}
