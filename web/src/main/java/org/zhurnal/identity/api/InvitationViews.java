package org.zhurnal.identity.api;

import java.util.List;
import org.zhurnal.calendar.api.WireDates;
import org.zhurnal.identity.application.ClassInvitation;
import org.zhurnal.identity.application.IssuedInvitation;
import org.zhurnal.identity.application.RedeemedInvitation;

/** Invite codes on the wire: instants as ISO-8601 strings. */
final class InvitationViews {

    private InvitationViews() {
    }

    record Invitee(Long personId, String displayName, String kind, boolean signsIn, String codeState,
                   String expiresAt) {
        static Invitee of(ClassInvitation.Invitee i) {
            return new Invitee(i.personId(), i.displayName(), i.kind(), i.signsIn(), i.codeState(),
                    WireDates.text(i.expiresAt()));
        }
    }

    record StudentInvitations(Invitee student, List<Invitee> representatives) {
        static StudentInvitations of(ClassInvitation c) {
            return new StudentInvitations(Invitee.of(c.student()),
                    c.representatives().stream().map(Invitee::of).toList());
        }
    }

    record Issued(Long id, String code, String expiresAt, String personName, String studentName, String className,
                  String purpose) {
        static Issued of(IssuedInvitation i) {
            return new Issued(i.id(), i.code(), WireDates.text(i.expiresAt()), i.personName(), i.studentName(),
                    i.className(), i.purpose());
        }
    }

    record Redeemed(Long personId, String personName, Long studentPersonId, String studentName, String purpose) {
        static Redeemed of(RedeemedInvitation r) {
            return new Redeemed(r.personId(), r.personName(), r.studentPersonId(), r.studentName(), r.purpose());
        }
    }
}
