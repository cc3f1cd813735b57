package vn.dxhub.sandbox;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The certificates of the sandbox PKI, made with BouncyCastle on EC P-256 keys (quick to make at every fresh start):
 * a CA, a TLS server certificate and a TLS client certificate it signs. Signing uses the JDK's own providers; no
 * provider is registered, so the hub's TLS stays the JDK's.
 */
final class SandboxCertificates {

    /** A certificate with its key pair. */
    record Issued(X509Certificate certificate, KeyPair keys) {}

    private static final Duration CA_LIFETIME = Duration.ofDays(3650);
    private static final Duration LEAF_LIFETIME = Duration.ofDays(730);
    private static final Duration CLOCK_SKEW = Duration.ofHours(1);
    private static final String SIGNATURE = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SandboxCertificates() {}

    static Issued authority(String commonName, Instant now) throws GeneralSecurityException, OperatorCreationException, CertIOException {
        KeyPair keys = keyPair();
        X500Name name = name(commonName, null);
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(), Date.from(now.minus(CLOCK_SKEW)),
                Date.from(now.plus(CA_LIFETIME)), name, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                .addExtension(Extension.subjectKeyIdentifier, false, new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keys.getPublic()));
        return new Issued(sign(builder, keys.getPrivate()), keys);
    }

    /** A server certificate for {@code host}, also valid for 127.0.0.1 and ::1 so clients may call by address. */
    static Issued server(Issued ca, String host, Instant now) throws GeneralSecurityException, OperatorCreationException, CertIOException {
        KeyPair keys = keyPair();
        X509v3CertificateBuilder builder = leaf(ca, name(host, "NDXP exchange"), keys, now, KeyPurposeId.id_kp_serverAuth)
                .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                        new GeneralName(GeneralName.dNSName, host), new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
                        new GeneralName(GeneralName.iPAddress, "::1")}));
        return new Issued(sign(builder, ca.keys().getPrivate()), keys);
    }

    /** A client certificate whose CN is the calling system it speaks for. */
    static Issued client(Issued ca, String callingSystem, Instant now) throws GeneralSecurityException, OperatorCreationException, CertIOException {
        KeyPair keys = keyPair();
        X509v3CertificateBuilder builder = leaf(ca, name(callingSystem, "NDXP calling system"), keys, now, KeyPurposeId.id_kp_clientAuth);
        return new Issued(sign(builder, ca.keys().getPrivate()), keys);
    }

    private static X509v3CertificateBuilder leaf(Issued ca, X500Name subject, KeyPair keys, Instant now, KeyPurposeId purpose)
            throws GeneralSecurityException, CertIOException {
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        return new JcaX509v3CertificateBuilder(ca.certificate(), serial(), Date.from(now.minus(CLOCK_SKEW)), Date.from(now.plus(LEAF_LIFETIME)),
                subject, keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(keys.getPublic()))
                .addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca.certificate()));
    }

    /** A subject built attribute by attribute, so a calling-system id with commas or '=' stays one CN. */
    private static X500Name name(String commonName, String unit) {
        X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN").addRDN(BCStyle.O, "DX Hub sandbox");
        if (unit != null) {
            builder.addRDN(BCStyle.OU, unit);
        }
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE).build(issuerKey)));
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(63, RANDOM).add(BigInteger.ONE);
    }
}
